import { describe, expect, it } from 'vitest';
import {
  addFound,
  type HistoryEntry,
  type Proposal,
  proposals,
  scanHistory,
} from '@/utils/history-scan';
import { EMPTY_STATE, type State } from '@/utils/model';
import { JD_CB, QR, ZHIHU_CB } from '../helpers/login-urls';
import { readItems } from '../helpers/site';

const visit = (url: string, lastVisitTime = 1_000, visitCount = 1): HistoryEntry => ({
  url,
  lastVisitTime,
  visitCount,
});

describe('scanHistory', () => {
  it.each([
    [
      'a login page',
      `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}#wechat_redirect`,
      'zhihu.com',
      'login',
    ],
    [
      'an embedded login',
      `${QR}?appid=wx827225356b689e24&redirect_uri=${JD_CB}&login_type=jssdk`,
      'jd.com',
      'login',
    ],
    [
      'a callback on a /wechat/ path',
      'https://www.zhihu.com/oauth/callback/wechat?code=0a1B&state=x',
      'zhihu.com',
      'callback',
    ],
    [
      'a callback on a /wx/ path',
      'https://qq.jd.com/new/wx/callback.action?code=0a1B&state=x',
      'jd.com',
      'callback',
    ],
    [
      'a callback on a weixin path',
      'https://www.example.cn/login/weixinCallback?state=1&code=zz',
      'example.cn',
      'callback',
    ],
    [
      'a callback on a wx_ path',
      'https://sso.example.org/auth/wx_login?code=abc&state=',
      'example.org',
      'callback',
    ],
  ])('finds %s', (_label, url, id, evidence) => {
    expect(scanHistory([visit(url)])).toEqual([expect.objectContaining({ id, evidence })]);
  });

  it.each([
    ['a refused login (state only)', 'https://www.example.com/oauth/callback/wechat?state=x'],
    ['a page of a site not in the catalogue', 'https://www.example.com/'],
    ['a page of a shared domain', 'https://www.qq.com/news/1'],
    ['an Official Account article', 'https://mp.weixin.qq.com/s/AbCdEf'],
    ['a look-alike of a catalogue site', 'https://bilibili.com.evil.example/'],
    [
      'code and state on an unrelated path',
      'https://github.com/login/oauth/callback?code=1&state=2',
    ],
    ['wx inside another word', 'https://example.com/awx/callback?code=1&state=2'],
    ['WeChat’s own pages', 'https://mp.weixin.qq.com/wx/callback?code=1&state=2'],
    ['the QR image', 'https://open.weixin.qq.com/connect/qrcode/091Ab'],
    ['a login page naming no site', `${QR}?scope=snsapi_login`],
    ['an entry without URL', ''],
  ])('ignores %s', (_label, url) => {
    expect(scanHistory([visit(url)])).toEqual([]);
  });

  it('makes one finding per site: strongest evidence, latest visit, all visits counted', () => {
    const findings = scanHistory([
      visit('https://www.zhihu.com/oauth/callback/wechat?code=1&state=2', 5_000, 2),
      visit(`${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`, 3_000, 1),
      visit(`${QR}?appid=wx827225356b689e24&redirect_uri=${JD_CB}`, 9_000, 4),
    ]);
    expect(findings).toEqual([
      { id: 'jd.com', evidence: 'login', appid: 'wx827225356b689e24', lastVisit: 9_000, visits: 4 },
      {
        id: 'zhihu.com',
        evidence: 'login',
        appid: 'wx268fcfe924dcb171',
        lastVisit: 5_000,
        visits: 3,
      },
    ]);
  });

  it.each([
    ['https://www.bilibili.com/video/BV1', 'bilibili.com'],
    ['https://Y.QQ.COM./n/ryqq/player', 'y.qq.com'],
    ['https://user@docs.qq.com/doc/1', 'docs.qq.com'],
    ['http://music.163.com/#/my', 'music.163.com'],
  ])('notes a visit to the catalogue site at %s as a visit, not a login', (url, id) => {
    expect(scanHistory([visit(url, 7, 3)])).toEqual([
      { id, evidence: 'visited', lastVisit: 7, visits: 3 },
    ]);
  });

  it('lets a trace of a login replace the visits of the same site, whatever the order', () => {
    const login = visit(`${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`, 3_000, 1);
    const page = visit('https://www.zhihu.com/hot', 8_000, 40);
    const expected = [
      {
        id: 'zhihu.com',
        evidence: 'login',
        appid: 'wx268fcfe924dcb171',
        lastVisit: 3_000,
        visits: 1,
      },
    ];
    expect(scanHistory([page, login, page])).toEqual(expected);
    expect(scanHistory([login, page])).toEqual(expected);
  });

  it('reads a history of 10,000 entries quickly', () => {
    const items: HistoryEntry[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const kind = i % 100;
      if (kind === 0)
        items.push(
          visit(
            `${QR}?appid=wx268fcfe924dcb171&redirect_uri=https%3A%2F%2Fwww.login${i}.com%2Fcb`,
            i,
          ),
        );
      else if (kind === 1)
        items.push(visit(`https://www.back${i}.net/wechat/cb?code=${i}&state=s`, i));
      else if (kind === 2) items.push(visit(`https://www.example.org/search?code=${i}&state=s`, i));
      else
        items.push(
          visit(`https://news${i % 50}.example.com/article/${i}?utm_source=feed&page=${i}`, i),
        );
    }
    const started = performance.now();
    const findings = scanHistory(items);
    const took = performance.now() - started;
    expect(findings).toHaveLength(200);
    // About 30 ms measured here (2 shared cores); the bound leaves room for a slow CI machine.
    expect(took).toBeLessThan(500);
  });
});

describe('proposals', () => {
  const state = (change: Partial<State>): State => ({ ...EMPTY_STATE, ...change });
  const findings = scanHistory([
    visit(`${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`, 2),
    visit(`${QR}?appid=wx827225356b689e24&redirect_uri=${JD_CB}`, 1),
    visit('https://www.example.cn/wechat/cb?code=1&state=2', 3),
  ]);

  it('offers sites not on the list, named, and counts the ones already listed', () => {
    const listed = state({
      sites: { 'jd.com': { name: '京东', status: 'rebound', via: 'manual', first: 0, at: 0 } },
      dismissed: ['example.cn'],
    });
    const { offered, listed: count } = proposals(findings, listed, 'en');
    expect(count).toBe(1);
    expect(offered.map((site) => [site.id, site.name, site.dismissed])).toEqual([
      ['example.cn', 'example.cn', true],
      ['zhihu.com', 'Zhihu', false],
    ]);
  });
});

describe('addFound', () => {
  const zhihu: Proposal = {
    id: 'zhihu.com',
    name: '知乎',
    evidence: 'login',
    appid: 'wx268fcfe924dcb171',
    lastVisit: 1,
    visits: 1,
    dismissed: true,
  };

  it('adds the ticked sites as confirmed, and takes them off the dismissed list', () => {
    const patch = addFound({ ...EMPTY_STATE, dismissed: ['zhihu.com', 'other.com'] }, [zhihu], 9);
    expect(readItems(patch)).toEqual({
      's:zhihu.com': {
        name: '知乎',
        status: 'rebind',
        via: 'detected',
        appid: 'wx268fcfe924dcb171',
        first: 9,
        at: 9,
      },
      dismissed: ['other.com'],
    });
  });

  it('adds nothing when nothing is ticked', () => {
    expect(addFound(EMPTY_STATE, [])).toEqual({});
  });
});
