import { describe, expect, it } from 'vitest';
import { parseLoginUrl } from '@/utils/detect';
import { detectedName, detectionPatch, pageSite, siteOfLogin } from '@/utils/login-site';
import { EMPTY_STATE, type State } from '@/utils/model';
import { JD_CB, LOGINS, NOT_LOGINS, QR } from '../helpers/login-urls';
import { readItems } from '../helpers/site';

describe('parseLoginUrl', () => {
  it.each(LOGINS)('recognises %s', (_label, url, form, site, appid) => {
    const login = parseLoginUrl(url);
    expect(login?.form).toBe(form);
    expect(login && siteOfLogin(login)?.id).toBe(site);
    expect(login?.appid).toBe(appid);
  });

  it.each([
    [
      `${QR}?redirect_uri=https%253A%252F%252Fpassport.baidu.com%252Fafterauth`,
      'passport.baidu.com',
    ],
    [`${QR}?redirect_uri=%2F%2FWWW.Zhihu.com.%2Fcb`, 'www.zhihu.com'],
    [`${QR}?redirect_uri=https%3A%2F%2Fxn--fsqu00a.xn--fiqs8s%2Fcb`, 'xn--fsqu00a.xn--fiqs8s'],
  ])('reads the callback host of %s', (url, host) => {
    expect(parseLoginUrl(url)?.redirectHost).toBe(host);
  });

  it.each(NOT_LOGINS)('ignores %s', (_label, url) => {
    expect(parseLoginUrl(url)).toBeUndefined();
  });

  it('rebuilds the URL on WeChat’s https host, keeping the query and a plain fragment', () => {
    const login = parseLoginUrl(
      `http://OPEN.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171&state=a#wechat_redirect`,
    );
    expect(login?.url).toBe(
      'https://open.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171&state=a#wechat_redirect',
    );
  });

  it.each([
    ['#"><script>', ''],
    ['#a/b', ''],
    ['#wechat', '#wechat'],
  ])('keeps the fragment %s only when it is a plain word', (fragment, kept) => {
    expect(parseLoginUrl(`${QR}?appid=wx268fcfe924dcb171${fragment}`)?.url).toBe(
      `${QR}?appid=wx268fcfe924dcb171${kept}`,
    );
  });

  it('escapes the characters a declarativeNetRequest urlFilter would read as wildcards', () => {
    expect(parseLoginUrl(`${QR}?state=a*b^c|d`)?.url).toBe(`${QR}?state=a%2Ab%5Ec%7Cd`);
  });
});

describe('pageSite', () => {
  it.each([
    [{ initiator: 'https://www.zhihu.com' }, 'zhihu.com'],
    [{ documentUrl: 'https://passport.jd.com/new/login.aspx' }, 'jd.com'],
    [{ originUrl: 'http://127.0.0.1:8080/login' }, '127.0.0.1'],
    [{ initiator: 'null', originUrl: 'https://juejin.cn/' }, 'juejin.cn'],
    [{ initiator: 'chrome-extension://abc' }, undefined],
    [{ originUrl: 'https://open.weixin.qq.com/connect/qrconnect' }, undefined],
    [{}, undefined],
  ] as const)('%j → %s', (origin, expected) => {
    expect(pageSite(origin)).toBe(expected);
  });
});

describe('siteOfLogin', () => {
  const login = (query: string) => {
    const parsed = parseLoginUrl(`${QR}?${query}`);
    if (!parsed) throw new Error('not a login');
    return parsed;
  };

  it('takes the site from redirect_uri even when the page is elsewhere', () => {
    expect(
      siteOfLogin(login(`appid=wx827225356b689e24&redirect_uri=${JD_CB}`), {
        originUrl: 'https://www.other.com/',
      }),
    ).toEqual({ id: 'jd.com', appid: 'wx827225356b689e24' });
  });

  it('names the site by a known appid when redirect_uri is missing', () => {
    expect(siteOfLogin(login('appid=wx268fcfe924dcb171'))).toEqual({
      id: 'zhihu.com',
      appid: 'wx268fcfe924dcb171',
    });
  });

  it('falls back to the page that showed the login', () => {
    expect(
      siteOfLogin(login('appid=wx1234567890abcdef'), { documentUrl: 'https://www.example.org/' }),
    ).toEqual({ id: 'example.org', appid: 'wx1234567890abcdef' });
  });

  it('gives up when nothing names a site', () => {
    expect(siteOfLogin(login('scope=snsapi_login'))).toBeUndefined();
  });
});

describe('naming a detected login from the catalogue', () => {
  const cb = (url: string) => encodeURIComponent(url);
  it.each([
    [
      'wxafc256bf83583323',
      'https://passport.bilibili.com/login/snsback?sns=wechat',
      'bilibili.com',
      '哔哩哔哩',
    ],
    ['wx48db31d50e334801', 'https://y.qq.com/portal/wx_redirect.html', 'y.qq.com', 'QQ音乐'],
    [
      'wx02b8ff0031cec148',
      'https://docs.qq.com/scenario/bind-wx-quick-login.html',
      'docs.qq.com',
      '腾讯文档',
    ],
    ['wxe280063f5fb2528a', 'https://music.163.com/back/weichat', 'music.163.com', '网易云音乐'],
    // An appid the catalogue does not know is still a login, named by its domain.
    ['wx0123456789abcdef', 'https://passport.example.net/wx/cb', 'example.net', 'example.net'],
    // A known callback host names the site even when the appid has changed.
    ['wx0123456789abcdef', 'https://passport.bilibili.com/cb', 'bilibili.com', '哔哩哔哩'],
  ])('%s back to %s is %s, “%s”', (appid, callback, id, name) => {
    const login = parseLoginUrl(`${QR}?appid=${appid}&redirect_uri=${cb(callback)}`);
    const found = login && siteOfLogin(login);
    expect(found).toEqual({ id, appid });
    expect(found && detectedName(found, 'zh_CN')).toBe(name);
  });

  it('never makes WeChat’s own pages a site, not even “qq.com”', () => {
    const login = parseLoginUrl(
      `${QR}?appid=wx0123456789abcdef&redirect_uri=${cb('https://mp.weixin.qq.com/cgi-bin/x')}`,
    );
    expect(login && siteOfLogin(login, { documentUrl: 'https://mp.weixin.qq.com/' })).toBe(
      undefined,
    );
  });
});

describe('detectedName', () => {
  it('uses the catalogue name of a known appid or domain', () => {
    expect(detectedName({ id: 'zhihu.com', appid: 'wx268fcfe924dcb171' }, 'zh_CN')).toBe('知乎');
    expect(detectedName({ id: 'jd.com' }, 'en')).toBe('JD.com');
  });

  it('does not lend a known appid’s name to another domain', () => {
    expect(detectedName({ id: 'evil.com', appid: 'wx268fcfe924dcb171' }, 'zh_CN')).toBe('evil.com');
  });

  it('shows an internationalised domain readably', () => {
    expect(detectedName({ id: 'xn--fsqu00a.xn--fiqs8s' }, 'zh_CN')).toBe('例子.中国');
  });
});

describe('detectionPatch', () => {
  const state = (change: Partial<State> = {}): State => ({ ...EMPTY_STATE, ...change });
  const found = { id: 'zhihu.com', appid: 'wx268fcfe924dcb171' };

  it('adds a new site as detected and pending, named from the catalogue', () => {
    expect(readItems(detectionPatch(state(), found, 'zh_CN', 5))).toEqual({
      's:zhihu.com': {
        name: '知乎',
        status: 'rebind',
        via: 'detected',
        pending: true,
        appid: 'wx268fcfe924dcb171',
        first: 5,
        at: 5,
      },
    });
  });

  it('does nothing when detection is off', () => {
    const off = state({ settings: { ...EMPTY_STATE.settings, detection: false } });
    expect(detectionPatch(off, found, 'zh_CN')).toEqual({});
  });

  it('does not propose a dismissed site again', () => {
    expect(detectionPatch(state({ dismissed: ['zhihu.com'] }), found, 'zh_CN')).toEqual({});
  });

  it('leaves a site the user already set alone', () => {
    const listed = state({
      sites: {
        'zhihu.com': {
          name: 'My Zhihu',
          status: 'rebound',
          via: 'manual',
          appid: 'wx268fcfe924dcb171',
          first: 1,
          at: 1,
        },
      },
    });
    expect(detectionPatch(listed, found, 'zh_CN')).toEqual({});
  });
});
