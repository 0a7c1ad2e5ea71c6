import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseGuardedUrl, parseLoginUrl } from '@/utils/detect';
import {
  ALLOW_RULE_FIRST_ID,
  allowOnce,
  GUARD_RULE_ID,
  guardActive,
  guardRule,
  interceptedLogin,
  isAllowed,
  isGuardMessage,
  LOGIN_URL_REGEX,
  OWN_GUARD_RULE_FIRST_ID,
  OWN_LOGIN_URL_REGEXES,
  ownGuardRules,
  removeAllowRules,
  syncGuardRules,
} from '@/utils/guard';
import { WECHAT_OWN_LOGIN_ORIGINS } from '@/utils/host-access';
import { installFakeDnr } from '../helpers/fake-dnr';
import { LOGINS, NOT_GUARDED, NOT_LOGINS, OWN_LOGINS, QR, ZHIHU_CB } from '../helpers/login-urls';

const GUARD_PAGE = 'chrome-extension://abc/guard.html';
const LOGIN = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;

describe('guardActive', () => {
  it.each([
    [undefined, '2026-03-01', false],
    ['2026-03-01', '2026-03-01', true],
    ['2026-03-01', '2026-04-29', true],
    // 60 days after applying is the last day: the account goes only at the hour of applying.
    ['2026-03-01', '2026-04-30', true],
    ['2026-03-01', '2026-05-01', false],
    ['2025-01-01', '2026-03-01', false],
    // Recorded on a device whose calendar is a day ahead: the period has just begun.
    ['2026-03-02', '2026-03-01', true],
  ] as const)('applied %s, today %s → %s', (appliedOn, today, active) => {
    expect(guardActive({ appliedOn, at: 0 }, today)).toBe(active);
  });
});

describe('the guard rule', () => {
  // declarativeNetRequest sees canonical URLs; matching is case-insensitive by default.
  const ruleMatches = (url: string) => new RegExp(LOGIN_URL_REGEX, 'i').test(new URL(url).href);

  it.each(LOGINS)('stops %s, as the parser recognises it', (_label, url) => {
    expect(ruleMatches(url)).toBe(true);
  });

  it.each(NOT_LOGINS.filter(([, url]) => URL.canParse(url)))(
    'lets %s through, as the parser does',
    (_label, url) => {
      expect(ruleMatches(url)).toBe(parseLoginUrl(url) !== undefined);
      expect(ruleMatches(url)).toBe(false);
    },
  );

  it('redirects top-level pages and frames to the guard page, the URL after its #', () => {
    const rule = guardRule(GUARD_PAGE);
    expect(rule.action.redirect?.regexSubstitution).toBe(`${GUARD_PAGE}#\\0`);
    expect(rule.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    const substituted = LOGIN.replace(new RegExp(LOGIN_URL_REGEX, 'i'), `${GUARD_PAGE}#$&`);
    expect(interceptedLogin(substituted)?.url).toBe(parseLoginUrl(LOGIN)?.url);
  });
});

describe('the guard’s table of URLs', () => {
  // declarativeNetRequest sees canonical URLs; matching is case-insensitive by default.
  const stopped = (url: string) =>
    [LOGIN_URL_REGEX, ...OWN_LOGIN_URL_REGEXES].some((regex) =>
      new RegExp(regex, 'i').test(new URL(url).href),
    );

  it.each(OWN_LOGINS)('stops %s (%s) as %s', (_label, url, kind) => {
    expect(parseGuardedUrl(url)?.kind).toBe(kind);
    expect(stopped(url)).toBe(true);
    // The page continues to the same login, over https.
    expect(parseGuardedUrl(url)?.url).toBe(url.replace(/^http:/, 'https:'));
  });

  it.each(LOGINS)('stops a website’s WeChat login: %s', (_label, url) => {
    expect(parseGuardedUrl(url)?.kind).toBe('site');
    expect(stopped(url)).toBe(true);
  });

  it.each([...NOT_GUARDED, ...NOT_LOGINS])('never stops %s', (_label, url) => {
    expect(parseGuardedUrl(url)).toBeUndefined();
    if (URL.canParse(url)) expect(stopped(url)).toBe(false);
  });

  it('limits the rule for WeChat’s own logins to the hosts the user may grant', () => {
    const rules = ownGuardRules(GUARD_PAGE);
    for (const rule of rules) {
      expect(rule.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
      expect(rule.action.redirect?.regexSubstitution).toBe(`${GUARD_PAGE}#\\0`);
    }
    expect(
      rules.flatMap((rule) => rule.condition.requestDomains ?? []).map((host) => `*://${host}/*`),
    ).toEqual([...WECHAT_OWN_LOGIN_ORIGINS]);
    const url = 'https://filehelper.weixin.qq.com/?from=windows';
    const regex =
      rules.find((rule) => rule.condition.requestDomains?.includes('filehelper.weixin.qq.com'))
        ?.condition.regexFilter ?? '';
    const substituted = url.replace(new RegExp(regex, 'i'), `${GUARD_PAGE}#$&`);
    expect(interceptedLogin(substituted)).toEqual({ kind: 'file-transfer', url });
  });
});

describe('syncGuardRules', () => {
  let dnr: ReturnType<typeof installFakeDnr>;
  beforeEach(() => {
    dnr = installFakeDnr();
  });
  const api = () => fakeBrowser.declarativeNetRequest;

  it('keeps the websites’ login guard when the browser refuses the other rules', async () => {
    const real = dnr.spies.updateDynamicRules.getMockImplementation();
    dnr.spies.updateDynamicRules.mockImplementationOnce(async () => {
      throw new Error(
        'Rule with id 2 was skipped as the "regexFilter" value exceeded the 2KB memory limit',
      );
    });
    if (real) dnr.spies.updateDynamicRules.mockImplementation(real);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await syncGuardRules(api(), true, GUARD_PAGE);
    expect([...dnr.dynamic.keys()]).toEqual([GUARD_RULE_ID]);
    expect(error).toHaveBeenCalled();
  });

  it('adds the guard rules while the period runs and removes them after', async () => {
    await syncGuardRules(api(), true, GUARD_PAGE);
    expect([...dnr.dynamic.keys()]).toEqual([GUARD_RULE_ID, 2, 3, 4, 5, 6]);
    expect(OWN_GUARD_RULE_FIRST_ID).toBe(2);
    await syncGuardRules(api(), false, GUARD_PAGE);
    expect(dnr.dynamic.size).toBe(0);
  });

  it('leaves rules alone when they are already right', async () => {
    await syncGuardRules(api(), true, GUARD_PAGE);
    await syncGuardRules(api(), true, GUARD_PAGE);
    expect(dnr.spies.updateDynamicRules).toHaveBeenCalledTimes(1);
    await syncGuardRules(api(), false, GUARD_PAGE);
    await syncGuardRules(api(), false, GUARD_PAGE);
    expect(dnr.spies.updateDynamicRules).toHaveBeenCalledTimes(2);
  });

  it('points the rule at the guard page’s new address (Chromium changes it each session)', async () => {
    await syncGuardRules(api(), true, GUARD_PAGE);
    await syncGuardRules(api(), true, 'chrome-extension://new-session/guard.html');
    expect(dnr.dynamic.get(GUARD_RULE_ID)?.action.redirect?.regexSubstitution).toBe(
      'chrome-extension://new-session/guard.html#\\0',
    );
  });
});

describe('continue anyway', () => {
  let dnr: ReturnType<typeof installFakeDnr>;
  beforeEach(() => {
    dnr = installFakeDnr();
  });
  const api = () => fakeBrowser.declarativeNetRequest;
  const url = parseLoginUrl(LOGIN)?.url ?? '';

  it('allows exactly that URL in that tab, above the guard', async () => {
    const { id } = await allowOnce(api(), url, 7);
    const rule = dnr.session.get(id);
    expect(id).toBe(ALLOW_RULE_FIRST_ID);
    expect(rule?.action.type).toBe('allow');
    expect(rule?.priority).toBeGreaterThan(guardRule(GUARD_PAGE).priority ?? 1);
    expect(rule?.condition).toMatchObject({ urlFilter: `|${url}|`, tabIds: [7] });
  });

  it('keeps one rule when continue is pressed twice, a rule per tab otherwise', async () => {
    const first = await allowOnce(api(), url, 7);
    const again = await allowOnce(api(), url, 7);
    await allowOnce(api(), url, 8);
    expect(dnr.session.size).toBe(2);
    expect(again.replaced).toEqual([first.id]);
    expect(await isAllowed(api(), url, 7)).toBe(true);
    expect(await isAllowed(api(), url, 9)).toBe(false);
  });

  it('removes one rule by id, leaving the others', async () => {
    const first = await allowOnce(api(), url, 7);
    await allowOnce(api(), url, 8);
    expect(await removeAllowRules(api(), { id: first.id })).toEqual([first.id]);
    expect([...dnr.session.values()].map((rule) => rule.condition.tabIds)).toEqual([[8]]);
  });

  it('removes the rule once that request is done, and all of them when their time is up', async () => {
    await allowOnce(api(), url, 7);
    await allowOnce(api(), url, 8);
    await removeAllowRules(api(), { url, tabId: 7 });
    expect([...dnr.session.values()].map((rule) => rule.condition.tabIds)).toEqual([[8]]);
    await removeAllowRules(api());
    expect(dnr.session.size).toBe(0);
  });
});

describe('interceptedLogin', () => {
  it('reads the login after the first #, keeping its own fragment', () => {
    expect(interceptedLogin(`${GUARD_PAGE}#${LOGIN}`)?.url).toBe(
      `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`,
    );
  });

  it.each([
    ['no address', GUARD_PAGE],
    ['another site', `${GUARD_PAGE}#https://evil.example/connect/qrconnect?x=1`],
    [
      'a look-alike host',
      `${GUARD_PAGE}#https://open.weixin.qq.com.evil.example/connect/qrconnect`,
    ],
    ['script', `${GUARD_PAGE}#javascript:alert(1)//open.weixin.qq.com/connect/qrconnect`],
    ['WeChat but not a login', `${GUARD_PAGE}#https://open.weixin.qq.com/cgi-bin/showdocument`],
  ])('never offers to continue to %s', (_label, href) => {
    expect(interceptedLogin(href)).toBeUndefined();
  });
});

describe('isGuardMessage', () => {
  it.each([
    [{ type: 'guard:continue', url: LOGIN }, true],
    [{ type: 'guard:seen', url: LOGIN }, true],
    [{ type: 'guard:continue' }, false],
    [{ type: 'other', url: LOGIN }, false],
    ['guard:continue', false],
    [null, false],
  ])('%j → %s', (message, expected) => {
    expect(isGuardMessage(message)).toBe(expected);
  });
});
