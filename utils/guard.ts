import type { Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { coolingOff } from './cooling-off';
import { type GuardedLogin, LOGIN_HOST, OWN_LOGIN_PAGES, parseGuardedUrl } from './detect';
import type { Tracker } from './model';

/**
 * The cooling-off guard: while the deletion can still be withdrawn, WeChat's login pages are
 * redirected to the extension's own page (entrypoints/guard), which explains what scanning the
 * code would do. declarativeNetRequest does the redirecting, so the browser applies it even
 * while the background is asleep, and the extension never sees or handles the page itself.
 *
 * - Dynamic rules (they outlive a browser restart, so a restored tab is guarded before the
 *   background has woken), present only while the period runs: one for websites' WeChat login,
 *   one for WeChat's own web logins (inert until the user grants access to those hosts).
 * - "Continue anyway" adds a session rule that allows exactly one URL in one tab, with a higher
 *   priority; it is removed once the request completes, or a minute after it was added.
 * - A login no page started (address bar, bookmark, another program) is one a redirect cannot
 *   reach in Chromium: the background sends that tab to the guard page itself.
 */

type Rule = Browser.declarativeNetRequest.Rule;
export type RulesApi = Pick<
  typeof Browser.declarativeNetRequest,
  'getDynamicRules' | 'updateDynamicRules' | 'getSessionRules' | 'updateSessionRules'
>;

export const GUARD_PATH = '/guard.html';
export const GUARD_RULE_ID = 1;
/** WeChat's own logins: one rule per host from here (OWN_LOGIN_PAGES' order). */
export const OWN_GUARD_RULE_FIRST_ID = 2;
/** Session rules for "continue anyway" are numbered from here. */
export const ALLOW_RULE_FIRST_ID = 1000;
/** How long a "continue anyway" stays usable when the request is never seen to complete. */
export const ALLOW_LIFETIME_MS = 60_000;

/**
 * The URLs the guard stops, as an RE2 pattern (what declarativeNetRequest runs). It must agree
 * with parseLoginUrl (utils/detect.ts); a test runs both over the same table. Matching is
 * case-insensitive, as declarativeNetRequest's default is. The browser hands the rule a
 * canonical URL: lower-case host, no default port.
 */
export const LOGIN_URL_REGEX =
  '^https?://open\\.weixin\\.qq\\.com/connect/(?:qrconnect|oauth2/authorize)(?:[?#].*)?$';

/**
 * WeChat's own login pages (utils/detect.ts OWN_LOGIN_PAGES), one RE2 pattern per host: all in
 * one, case-insensitive, exceeds Chromium's 2 KB limit for a compiled pattern (measured in
 * Chromium 156), and then the whole update is refused.
 */
export const OWN_LOGIN_URL_REGEXES: readonly string[] = OWN_LOGIN_PAGES.map(
  (page) =>
    `^https?://${escapeRegex(page.host)}(?:${page.paths.map(escapeRegex).join('|')})(?:[?#].*)?$`,
);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Inside the cooling-off period, the last day included (the account goes at the hour applied). */
export function guardActive(tracker: Tracker, today: string): boolean {
  return tracker.appliedOn !== undefined && coolingOff(tracker.appliedOn, today).phase !== 'over';
}

/**
 * Redirects the login page, top-level or in a frame, to the guard page. `\0` is the whole URL,
 * put after `#`: a fragment is never sent anywhere and keeps the URL's own `&` and `#` intact.
 * Measured in Chromium 156 and Firefox ESR 153 (MV3, host access to open.weixin.qq.com only):
 * both redirect the top-level page and the iframe of a page on another site.
 */
export function guardRule(guardPageUrl: string): Rule {
  return redirectRule(GUARD_RULE_ID, LOGIN_URL_REGEX, [LOGIN_HOST], guardPageUrl);
}

/** The same for WeChat's own web logins; they act only on hosts the user let the extension access. */
export function ownGuardRules(guardPageUrl: string): Rule[] {
  return OWN_LOGIN_PAGES.map((page, index) =>
    redirectRule(
      OWN_GUARD_RULE_FIRST_ID + index,
      OWN_LOGIN_URL_REGEXES[index] ?? '',
      [page.host],
      guardPageUrl,
    ),
  );
}

function redirectRule(id: number, regex: string, hosts: string[], guardPageUrl: string): Rule {
  return {
    id,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${guardPageUrl}#\\0` } },
    condition: {
      regexFilter: regex,
      requestDomains: hosts,
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  };
}

/** Lets one URL through in one tab. `url` comes from parseGuardedUrl, whose `*^|` are escaped. */
function allowRule(id: number, url: string, tabId: number): Rule {
  return {
    id,
    priority: 2,
    action: { type: 'allow' },
    condition: {
      urlFilter: `|${url}|`,
      tabIds: [tabId],
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  };
}

/** What decides whether two rules do the same; browsers add defaults to rules they return. */
function ruleKey(rule: Rule): string {
  return JSON.stringify([
    rule.id,
    rule.priority,
    rule.action.type,
    rule.action.redirect?.regexSubstitution,
    rule.condition.regexFilter,
    [...(rule.condition.resourceTypes ?? [])].sort(),
  ]);
}

/**
 * Makes the dynamic rules match the period: the guard rule while it runs, nothing otherwise.
 * Idempotent and cheap when nothing changed, so every wake-up of the background may call it
 * (Chromium's web-accessible URL changes each session with `use_dynamic_url`).
 */
export async function syncGuardRules(
  api: RulesApi,
  active: boolean,
  guardPageUrl: string,
): Promise<void> {
  const current = await api.getDynamicRules();
  const wanted = active ? [guardRule(guardPageUrl), ...ownGuardRules(guardPageUrl)] : [];
  const same =
    current.length === wanted.length &&
    current.every((rule, index) => {
      const other = wanted[index];
      return other !== undefined && ruleKey(rule) === ruleKey(other);
    });
  if (same) return;
  const removeRuleIds = current.map((rule) => rule.id);
  try {
    await api.updateDynamicRules({ removeRuleIds, addRules: wanted });
  } catch (error) {
    // A browser that refuses a rule refuses the whole update: the websites' guard goes in alone
    // rather than not at all.
    if (wanted.length <= 1) throw error;
    console.error('guard: rules refused, keeping the websites’ login guard only', error);
    await api.updateDynamicRules({ removeRuleIds, addRules: wanted.slice(0, 1) });
  }
}

/**
 * Adds the rule for one "continue anyway"; returns its id and the ids of rules it replaced.
 * Reads, then writes: callers run one at a time (two at once would pick the same id).
 */
export async function allowOnce(
  api: RulesApi,
  url: string,
  tabId: number,
): Promise<{ id: number; replaced: number[] }> {
  const session = await api.getSessionRules();
  const used = new Set(session.map((rule) => rule.id));
  let id = ALLOW_RULE_FIRST_ID;
  while (used.has(id)) id += 1;
  // Pressing "continue" twice for the same page leaves one rule, not two.
  const repeated = session
    .filter(
      (rule) => rule.condition.urlFilter === `|${url}|` && rule.condition.tabIds?.[0] === tabId,
    )
    .map((rule) => rule.id);
  await api.updateSessionRules({ removeRuleIds: repeated, addRules: [allowRule(id, url, tabId)] });
  return { id, replaced: repeated };
}

/** Whether a "continue anyway" currently lets `url` through in `tabId`. */
export async function isAllowed(api: RulesApi, url: string, tabId: number): Promise<boolean> {
  const session = await api.getSessionRules();
  return session.some(
    (rule) =>
      rule.action.type === 'allow' &&
      rule.condition.urlFilter === `|${url}|` &&
      rule.condition.tabIds?.includes(tabId) === true,
  );
}

/**
 * Removes "continue anyway" rules: those for `url` in `tabId` (the request went through), the
 * one with `id` (its time is up), or all of them. Returns the ids removed.
 */
export async function removeAllowRules(
  api: RulesApi,
  which?: { url: string; tabId: number } | { id: number },
): Promise<number[]> {
  const session = await api.getSessionRules();
  const ids = session
    .filter((rule) => rule.id >= ALLOW_RULE_FIRST_ID && rule.action.type === 'allow')
    .filter((rule) => {
      if (!which) return true;
      if ('id' in which) return rule.id === which.id;
      const filter = rule.condition.urlFilter ?? '';
      return filter === `|${which.url}|` && rule.condition.tabIds?.[0] === which.tabId;
    })
    .map((rule) => rule.id);
  if (ids.length > 0) await api.updateSessionRules({ removeRuleIds: ids });
  return ids;
}

/**
 * The login the guard page stands in for: the redirect put the original URL after the first
 * `#` of the page's address. Anyone can open the guard page with any address after the `#`, so
 * it is parsed like any untrusted input: only a WeChat login URL comes out, rebuilt from its
 * parts, never an arbitrary address.
 */
export function interceptedLogin(guardPageHref: string): GuardedLogin | undefined {
  const hash = guardPageHref.indexOf('#');
  if (hash < 0) return undefined;
  return parseGuardedUrl(guardPageHref.slice(hash + 1));
}

/**
 * In Chromium a login typed in the address bar leaves a "blocked" error entry in the tab's
 * history, just before the guard page (the background sent the tab on from it). Going back
 * reaches that entry, which loads the login again, and so the guard page: a loop. The guard page
 * notes in the tab's sessionStorage when it is left, and a guard page for the same login that
 * appears within BOUNCE_MS (not by a reload) with the page it left still ahead of it in the
 * history is that bounce, and goes back past it.
 */
export const BOUNCE_MS = 4_000;
const LEFT_KEY = 'wep:guard-left';

/** The tab's sessionStorage, as far as the guard page uses it. */
export type TabSession = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A guard page being left: for which login, when, and the tab's history length then. */
const LeftSchema = z.object({ url: z.string(), at: z.number(), length: z.number() });
export type Left = Readonly<z.infer<typeof LeftSchema>>;

/** Notes, in this tab, that a guard page is being left. */
export function rememberLeaving(session: TabSession, left: Left): void {
  try {
    session.setItem(LEFT_KEY, JSON.stringify(left));
  } catch {
    // Storage refused: going back then loops as before, and nothing else changes.
  }
}

/**
 * The guard page for `loginUrl` that was left just before this one appeared, if any: then this
 * page is the bounce of going back. Asked once per page: the note is forgotten.
 */
export function bounceOf(session: TabSession, loginUrl: string, now: number): Left | undefined {
  try {
    const raw = session.getItem(LEFT_KEY);
    session.removeItem(LEFT_KEY);
    const left = LeftSchema.safeParse(JSON.parse(raw ?? 'null'));
    if (!left.success || left.data.url !== loginUrl) return undefined;
    const { at } = left.data;
    return now >= at && now - at <= BOUNCE_MS ? left.data : undefined;
  } catch {
    return undefined;
  }
}

/** The tab's history as the guard page sees it: its length, and whether an entry follows it. */
export type TabHistory = { readonly length: number; readonly forward: boolean };

/**
 * How many entries back the page before the typed login is, seen from its bounced guard page: 0
 * when there is no such page, undefined when this page is no bounce. Measured in Chromium 156:
 * the bounce takes the blocked entry's place, and the guard page that was left stays after it as
 * a forward entry, so the page before is one step back. A guard page with nothing ahead of it was
 * opened anew (the same login clicked again, say), and stays.
 */
export function stepsPastBounce(left: Left, now: TabHistory): number | undefined {
  if (!now.forward) return undefined;
  return left.length >= 3 ? 1 : 0;
}

/** The guard page's address for a login, as the redirect rules build it. */
export function guardPageFor(guardPageUrl: string, loginUrl: string): string {
  return `${guardPageUrl}#${loginUrl}`;
}

/**
 * What the guard page asks of the background: `continue` lets one login through; `seen`
 * records the site, which Firefox's webRequest never reports for a login iframe (a site's WeChat
 * login only: WeChat's own logins are never a site).
 */
export type GuardMessage = {
  readonly type: 'guard:continue' | 'guard:seen';
  readonly url: string;
};
export type ContinueReply = { readonly ok: true; readonly url: string } | { readonly ok: false };

export function isGuardMessage(message: unknown): message is GuardMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, url } = message as { type?: unknown; url?: unknown };
  return (type === 'guard:continue' || type === 'guard:seen') && typeof url === 'string';
}
