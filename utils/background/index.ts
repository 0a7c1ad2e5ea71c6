import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { applyBadge } from '../badge';
import { dayOf } from '../cooling-off';
import { parseGuardedUrl, parseLoginUrl } from '../detect';
import {
  ALLOW_LIFETIME_MS,
  allowOnce,
  type ContinueReply,
  GUARD_PATH,
  guardActive,
  guardPageFor,
  isAllowed,
  isGuardMessage,
  removeAllowRules,
  syncGuardRules,
} from '../guard';
import { WECHAT_LOGIN_ORIGINS } from '../host-access';
import { activateLocale, resolveLocale, t } from '../i18n';
import {
  countProposal,
  type DropReason,
  detectionPatch,
  PROPOSAL_LIMITS,
  provenanceOf,
  siteOfLogin,
  waitingCount,
} from '../login-site';
import {
  LOCAL_KEY,
  NO_PROPOSALS,
  type ProposalCounts,
  ProposalCountsSchema,
  type State,
} from '../model';
import {
  dueReminder,
  markShown,
  nextDayBoundary,
  readShown,
  reminderText,
  SHOWN_KEY,
} from '../reminders';
import { countNeedingRebind } from '../sites';
import { Store } from '../store';
import { welcomeOnInstall } from './welcome';

/**
 * Everything the background does, as handlers that entrypoints/background.ts registers at the
 * top level of `main` (so the MV3 service worker, or Firefox's event page, wakes for them).
 * Each handler opens the store on first use; the store then follows storage changes for as
 * long as the worker lives.
 */

/** Its id starts like the reminders', so a click opens the options page as theirs does. */
const ACCESS_NOTIFICATION = 'cooling-off-access';

export const ALARM = {
  /** Just after local midnight: the guard and the reminders depend on the day. */
  day: 'day-boundary',
  /**
   * Ends a "continue anyway" that was not used: one alarm per rule, `guard-allow-expiry:<id>`,
   * so a second "continue" never pushes back the first one's end. The bare name is what earlier
   * versions set for all of them at once.
   */
  allowExpiry: 'guard-allow-expiry',
} as const;

function allowExpiryAlarm(id: number): string {
  return `${ALARM.allowExpiry}:${id}`;
}

/** One click can fire the same top-level request twice (measured in Chromium 156). */
const DEDUPE_MS = 10_000;

type RequestDetails = {
  readonly url: string;
  readonly tabId: number;
  readonly type?: string;
  readonly frameId?: number;
  readonly initiator?: string;
  readonly documentUrl?: string;
  readonly originUrl?: string;
  /** webNavigation (Firefox): the frame that holds this one. */
  readonly parentFrameId?: number;
};

export type Background = ReturnType<typeof createBackground>;

export function createBackground(clock: { now(): number } = { now: () => Date.now() }) {
  let opening: Promise<Store> | undefined;
  const recent = new Map<string, number>();
  /** Proposals each tab made in its current window (PROPOSAL_LIMITS). */
  const pages = new Map<number, { since: number; count: number }>();
  let counts: Promise<ProposalCounts> | undefined;
  let savingCounts: Promise<void> | undefined;
  let unsavedCounts = false;
  // Rules, badge and reminders are updated one pass at a time: two overlapping passes would
  // both see "no guard rule" and both try to add it.
  let pass: Promise<void> = Promise.resolve();
  let last: { appliedOn?: string; language: string; reminders: boolean; count: number } | undefined;
  // "Continue anyway" reads the rules, then adds one: two at once would pick the same id.
  let allowing: Promise<unknown> = Promise.resolve();
  // Logins let through from here, by tab and URL, until their rule's end: the request may be
  // seen before the rule can be read back.
  const passing = new Map<string, number>();
  const running = new Set<Promise<unknown>>();
  const track = (task: Promise<unknown>): void => {
    running.add(task);
    task.then(
      () => running.delete(task),
      (error: unknown) => {
        running.delete(task);
        console.error('background:', error);
      },
    );
  };

  function store(): Promise<Store> {
    if (!opening) {
      opening = Store.open(undefined, { leaveRepairReport: true }).then((opened) => {
        opened.subscribe((snapshot) => void changed(snapshot.state));
        return opened;
      });
      // A failed read is tried again by the next event instead of being remembered.
      opening.catch(() => {
        opening = undefined;
      });
    }
    return opening;
  }

  function serially(task: () => Promise<void>): Promise<void> {
    pass = pass.then(task).catch((error: unknown) => console.error('background:', error));
    return pass;
  }

  /** Reacts to a change of the stored state; skips the work nothing asked for. */
  function changed(state: State): Promise<void> {
    const now = {
      appliedOn: state.tracker.appliedOn,
      language: state.settings.language,
      reminders: state.settings.reminders,
      count: countNeedingRebind(state),
    };
    const before = last;
    last = now;
    if (
      before &&
      before.appliedOn === now.appliedOn &&
      before.language === now.language &&
      before.reminders === now.reminders &&
      before.count === now.count
    ) {
      return pass;
    }
    return serially(() => update(state));
  }

  /** Brings rules, badge, reminders and the day alarm in line with the state and the date. */
  async function update(state: State): Promise<void> {
    const today = dayOf(new Date(clock.now()));
    await syncGuardRules(
      browser.declarativeNetRequest,
      guardActive(state.tracker, today),
      browser.runtime.getURL(GUARD_PATH),
    );
    await activateLocale(state.settings.language);
    const count = countNeedingRebind(state);
    await applyBadge(count, count > 0 ? t('badge.title', { count }) : t('badge.title.none'));
    await remind(state, today);
    await warnLostAccess(guardActive(state.tracker, today));
    await browser.alarms.create(ALARM.day, { when: nextDayBoundary(clock.now()) });
  }

  /**
   * The guard can only stop a login on a page it may reach, and the user can take that access
   * away in the browser's settings without knowing what it costs. During the cooling-off period
   * that is said once per loss; the notification opens the options page, which asks again.
   */
  async function warnLostAccess(guarding: boolean): Promise<void> {
    // A browser that cannot answer is not told it lost something it may still have.
    const held = await browser.permissions
      .contains({ origins: [...WECHAT_LOGIN_ORIGINS] })
      .catch(() => true);
    const key = LOCAL_KEY.accessWarned;
    const warned = (await browser.storage.local.get(key))[key] === true;
    if (held || !guarding) {
      // Access back (or nothing to guard): the next loss is news again.
      if (warned) await browser.storage.local.remove(key);
      return;
    }
    if (warned) return;
    await browser.storage.local.set({ [key]: true });
    await browser.notifications.create(ACCESS_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notify.access.title'),
      message: t('notify.access.body'),
    });
  }

  async function remind(state: State, today: string): Promise<void> {
    const appliedOn = state.tracker.appliedOn;
    if (!state.settings.reminders || !appliedOn) return;
    const stored = await browser.storage.local.get(SHOWN_KEY);
    const shown = readShown(stored[SHOWN_KEY]);
    const due = dueReminder(appliedOn, today, shown);
    if (!due) return;
    const { title, message } = reminderText(due);
    // Remembered first: a notification shown twice annoys more than one missed by a crash.
    await browser.storage.local.set({ [SHOWN_KEY]: markShown(appliedOn, shown, due.kind) });
    await browser.notifications.create(`cooling-off-${due.kind}`, {
      type: 'basic',
      // Chromium refuses a basic notification without an icon.
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  }

  /** Any wake-up: follow storage from now on and check rules, badge and reminders. */
  async function refresh(): Promise<void> {
    const opened = await store();
    last = undefined;
    await changed(opened.snapshot.state);
  }

  async function detected(details: RequestDetails): Promise<void> {
    const login = parseLoginUrl(details.url);
    if (!login) return;
    const key = `${details.tabId} ${login.url}`;
    const now = clock.now();
    const seen = recent.get(key);
    recent.set(key, now);
    for (const [old, at] of recent) if (now - at > DEDUPE_MS) recent.delete(old);
    if (seen !== undefined && now - seen <= DEDUPE_MS) return;

    const found = siteOfLogin(login, details);
    if (!found) return;
    const topLevel =
      details.type === 'main_frame' || (details.type === undefined && details.frameId === 0);
    // Asked before the store opens: the frame may be gone a moment later.
    const origin = topLevel ? details : { ...details, documentUrl: await embeddingPage(details) };
    const opened = await store();
    const state = opened.snapshot.state;
    const patch = detectionPatch(state, found, resolveLocale(state.settings.language), now);
    if (Object.keys(patch).length === 0) return;
    const isNew = !Object.hasOwn(state.sites, found.id);
    const dropped: DropReason | undefined = !provenanceOf(found, origin, topLevel)
      ? 'provenance'
      : !isNew
        ? undefined
        : !pageAllows(details.tabId, now)
          ? 'page'
          : waitingCount(state) >= PROPOSAL_LIMITS.waiting
            ? 'waiting'
            : undefined;
    // Written before anything is awaited: the next detection must see this one.
    if (!dropped) {
      if (isNew) usePage(details.tabId, now);
      opened.write(patch);
    }
    // An appid added to a listed site is no new proposal: written, not counted.
    if (isNew || dropped) await count(dropped ?? 'stored');
  }

  /** Whether the tab may still propose a site in its current window. */
  function pageAllows(tabId: number, now: number): boolean {
    for (const [tab, page] of pages) {
      if (now - page.since > PROPOSAL_LIMITS.pageWindowMs) pages.delete(tab);
    }
    return (pages.get(tabId)?.count ?? 0) < PROPOSAL_LIMITS.perPage;
  }

  function usePage(tabId: number, now: number): void {
    const page = pages.get(tabId) ?? { since: now, count: 0 };
    page.count += 1;
    pages.set(tabId, page);
  }

  /** Adds one attempt to the figures kept in storage.local (read once per worker). */
  function count(outcome: 'stored' | DropReason): Promise<void> {
    const before =
      counts ??
      browser.storage.local.get(LOCAL_KEY.proposals).then((stored) => {
        const parsed = ProposalCountsSchema.safeParse(stored[LOCAL_KEY.proposals]);
        return parsed.success ? parsed.data : NO_PROPOSALS;
      });
    // Chained, so that attempts arriving together each add one. A failed read fails the whole
    // chain; the save loop reports it once (the noop keeps the rest of the chain quiet).
    counts = before.then((known) => countProposal(known, outcome));
    counts.catch(() => undefined);
    unsavedCounts = true;
    // A flood of hundreds of frames is one write in flight and one after it, not hundreds.
    savingCounts ??= saveCounts().finally(() => {
      savingCounts = undefined;
    });
    return savingCounts;
  }

  async function saveCounts(): Promise<void> {
    try {
      while (unsavedCounts) {
        unsavedCounts = false;
        await browser.storage.local.set({ [LOCAL_KEY.proposals]: await counts });
      }
    } catch (error) {
      // Figures for the user's information, not their data: rather than write zeros over what
      // could not be read, or keep counting on what could not be written, read them again with
      // the next attempt (the attempts in between are not counted). Said once, not per attempt.
      counts = undefined;
      console.warn('background: proposal counts not saved', error);
    }
  }

  /**
   * The page a frame's login sits in, where the browser can say: Firefox's webNavigation (an
   * optional permission) knows the parent frame. Undefined when it cannot.
   */
  async function embeddingPage(details: RequestDetails): Promise<string | undefined> {
    if (details.documentUrl) return details.documentUrl;
    const navigation = browser.webNavigation;
    if (!navigation || details.tabId < 0) return undefined;
    try {
      let parent = details.parentFrameId;
      if (parent === undefined && details.frameId !== undefined) {
        const frames = await navigation.getAllFrames({ tabId: details.tabId });
        parent = frames?.find((frame) => frame.frameId === details.frameId)?.parentFrameId;
      }
      if (parent === undefined || parent < 0) return undefined;
      const frame = await navigation.getFrame({ tabId: details.tabId, frameId: parent });
      return frame?.url;
    } catch {
      return undefined;
    }
  }

  /**
   * A login no page started (typed in the address bar, a bookmark, another program): in Chromium
   * a redirect to the guard page is refused for it (the tab shows "blocked by the extension"
   * instead), so the tab is sent to the guard page from here. A redirected page-started login
   * lands on the same address, so doing it for those too changes nothing. Firefox redirects
   * both kinds itself (measured in ESR 153: tests/e2e/guard.e2e.ts passes there without this).
   */
  async function guardUninitiated(details: RequestDetails): Promise<void> {
    if (import.meta.env.BROWSER === 'firefox') return;
    if (details.type !== 'main_frame' || details.tabId < 0) return;
    // Started by a page the extension can see: the redirect rule has it.
    if (details.initiator || details.originUrl) return;
    const guarded = parseGuardedUrl(details.url);
    if (!guarded) return;
    const opened = await store();
    if (!guardActive(opened.snapshot.state.tracker, dayOf(new Date(clock.now())))) return;
    const key = `${details.tabId} ${guarded.url}`;
    const until = passing.get(key);
    if (until !== undefined && until > clock.now()) return;
    if (await isAllowed(browser.declarativeNetRequest, guarded.url, details.tabId)) return;
    await browser.tabs.update(details.tabId, {
      url: guardPageFor(browser.runtime.getURL(GUARD_PATH), guarded.url),
    });
  }

  async function expireAllow(which: { id: number } | { url: string; tabId: number }) {
    const removed = await removeAllowRules(browser.declarativeNetRequest, which);
    await Promise.all(removed.map((id) => browser.alarms.clear(allowExpiryAlarm(id))));
  }

  return {
    onInstalled: (details?: { readonly reason?: string }) => {
      track(welcomeOnInstall(details));
      return refresh();
    },
    onStartup: () => refresh(),
    /** Called once per start of the worker: the guard page's URL may have changed. */
    wake: () => refresh(),

    onAlarm: async (alarm: { name: string }) => {
      if (alarm.name === ALARM.day) await refresh();
      else if (alarm.name === ALARM.allowExpiry)
        await removeAllowRules(browser.declarativeNetRequest);
      else if (alarm.name.startsWith(`${ALARM.allowExpiry}:`)) {
        const id = Number(alarm.name.slice(ALARM.allowExpiry.length + 1));
        if (Number.isInteger(id)) await expireAllow({ id });
      }
    },

    /** Registered at the top level so that a change made elsewhere wakes the worker. */
    onStorageChanged: (_changes: unknown, area: string) => {
      // Once open, the store follows changes by itself; this only opens it.
      if (area === 'sync' && !opening) track(refresh());
    },

    /**
     * webRequest: the top-level login page and, in Chromium, the embedded QR iframe (detection);
     * a top-level login no page started (the guard).
     */
    onBeforeRequest: (details: RequestDetails): undefined => {
      track(detected(details));
      track(guardUninitiated(details));
    },

    /** A login the user let through has loaded: its "continue anyway" rule is used up. */
    onRequestDone: (details: RequestDetails): undefined => {
      const guarded = parseGuardedUrl(details.url);
      if (!guarded) return;
      track(expireAllow({ url: guarded.url, tabId: details.tabId }));
    },

    /**
     * webNavigation (Firefox, optional): frames only. Firefox's webRequest does not report a
     * frame of a page the extension has no access to; the top-level page comes via webRequest.
     */
    onBeforeNavigate: (details: RequestDetails) => {
      if (details.frameId !== 0) track(detected(details));
    },

    onMessage: (
      message: unknown,
      sender: Browser.runtime.MessageSender,
    ): Promise<ContinueReply> | undefined => {
      if (!isGuardMessage(message)) return undefined;
      const tabId = sender.tab?.id;
      // Only the guard page may ask, and only for the tab it is in.
      if (sender.id !== browser.runtime.id || tabId === undefined || !isGuardPage(sender.url)) {
        return Promise.resolve({ ok: false });
      }
      if (message.type === 'guard:continue') return continueLogin(message.url, tabId);
      // Seen by the guard page in place of a login: the same limits as any detection.
      const frameId = sender.frameId ?? 0;
      const type = frameId === 0 ? 'main_frame' : 'sub_frame';
      return detected({ url: message.url, tabId, frameId, type }).then(() => ({
        ok: true,
        url: message.url,
      }));
    },

    /** permissions.onAdded / onRemoved: host access may have come or gone. */
    onPermissionsChanged: () => {
      track(refresh());
    },

    onNotificationClicked: (id: string) => {
      if (!id.startsWith('cooling-off-')) return;
      track(browser.notifications.clear(id));
      track(browser.runtime.openOptionsPage());
    },

    /** Resolves once every started task is done and stored (for tests and shutdown). */
    settled: async (): Promise<void> => {
      while (running.size > 0) await Promise.allSettled([...running]);
      await pass;
      if (opening) await (await opening).flush();
    },
  };

  /**
   * "Continue anyway" from the guard page: only for a URL the guard stops, and the URL the page
   * gets back is the one parseGuardedUrl rebuilt.
   */
  function continueLogin(url: string, tabId: number): Promise<ContinueReply> {
    const guarded = parseGuardedUrl(url);
    if (!guarded) return Promise.resolve({ ok: false });
    const task = allowing.then(async (): Promise<ContinueReply> => {
      const { id, replaced } = await allowOnce(browser.declarativeNetRequest, guarded.url, tabId);
      await Promise.all(replaced.map((old) => browser.alarms.clear(allowExpiryAlarm(old))));
      const until = clock.now() + ALLOW_LIFETIME_MS;
      passing.set(`${tabId} ${guarded.url}`, until);
      for (const [key, end] of passing) if (end <= clock.now()) passing.delete(key);
      await browser.alarms.create(allowExpiryAlarm(id), { when: until });
      return { ok: true, url: guarded.url };
    });
    allowing = task.catch(() => {});
    return task;
  }
}

function isGuardPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return /^(chrome|moz)-extension:$/.test(parsed.protocol) && parsed.pathname === GUARD_PATH;
  } catch {
    return false;
  }
}
