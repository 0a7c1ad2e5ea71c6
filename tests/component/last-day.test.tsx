import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GuardPage } from '@/components/guard/GuardPage';
import { createBackground } from '@/utils/background';
import { addDays, dayOf, lastDayToKeep } from '@/utils/cooling-off';
import { GUARD_RULE_ID } from '@/utils/guard';
import { activateLocale, formatDay, type Locale } from '@/utils/i18n';
import { Store } from '@/utils/store';
import { installBackgroundFakes } from '../helpers/fake-background';
import { QR, ZHIHU_CB } from '../helpers/login-urls';
import { openPopup } from './popup-harness';

/**
 * The rule, as every text must tell it: whoever wants to keep the account logs in by the end of
 * the 60th day (the day of applying is the first); the deletion becomes final on the 61st at a
 * time nobody can name, so the guard still covers that day; from the 62nd it is over. The
 * tracker, the guard page and the reminders are read for days 59 to 62 in both languages.
 */

const LOGIN = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;
const GUARD = `chrome-extension://test-extension-id/guard.html#${LOGIN}`;
/** WeChat's own File Transfer login, which the guard stops the same way. */
const OWN_GUARD =
  'chrome-extension://test-extension-id/guard.html#https://filehelper.weixin.qq.com/';
/** The claim the review withdrew: nothing public says the period runs to the hour of applying. */
const HOUR_OF_APPLYING = /time of day|hour|时刻|钟点|几点之前/i;

type Texts = {
  tracker: string;
  guard: string;
  ownGuard: string;
  reminder: string;
  guarding: boolean;
};

async function guardText(href: string): Promise<string> {
  const guardStore = await Store.open();
  render(
    <GuardPage
      store={guardStore}
      href={href}
      inFrame={false}
      navigate={() => {}}
      goBack={() => true}
    />,
  );
  await screen.findByRole('heading');
  const text = document.querySelector('main')?.textContent ?? '';
  cleanup();
  guardStore.close();
  return text;
}

async function read(day: number, locale: Locale): Promise<Texts> {
  const today = dayOf();
  const appliedOn = addDays(today, 1 - day);
  const tracker = { appliedOn, at: 1 };
  const language = { language: locale, detection: true, reminders: true, at: 1 };

  const fakes = installBackgroundFakes();
  await fakeBrowser.storage.sync.set({ settings: language, tracker });
  const background = createBackground();
  await background.wake();
  await background.settled();
  const notices = Object.values(fakeBrowser.notifications.getAllCreateOptions());
  const reminder = notices.map((notice) => `${notice.title} ${notice.message}`).join('\n');
  const guarding = fakes.dnr.dynamic.has(GUARD_RULE_ID);

  await activateLocale(locale);
  const store = await openPopup({ items: { tracker } });
  const region = screen.getByRole('region', {
    name: locale === 'en' ? 'Cooling-off period' : '注销冷静期',
  });
  const trackerText = region.textContent ?? '';
  cleanup();
  store.close();

  const guard = await guardText(GUARD);
  const ownGuard = await guardText(OWN_GUARD);
  return { tracker: trackerText, guard, ownGuard, reminder, guarding };
}

/** Dates as each language writes them: the 60th day (last to keep) and the 61st (final). */
function dates(day: number) {
  const appliedOn = addDays(dayOf(), 1 - day);
  return {
    lastDay: formatDay(lastDayToKeep(appliedOn)),
    finalDay: formatDay(addDays(appliedOn, 60)),
  };
}

describe('the last days of the cooling-off period, as the tracker, the guard and the reminders tell them', () => {
  it.each(['zh_CN', 'en'] as const)(
    '%s: day 59 names the 60th as the last day to log in to keep the account',
    async (locale) => {
      const texts = await read(59, locale);
      await activateLocale(locale);
      const { lastDay, finalDay } = dates(59);
      expect(texts.guarding).toBe(true);
      if (locale === 'en') {
        expect(texts.tracker).toContain('2 days left');
        expect(texts.tracker).toContain(`Becomes final on ${finalDay}`);
        expect(texts.tracker).toContain('To keep the account, log in to WeChat before that day.');
        expect(texts.reminder).toContain(
          `2 days left. To keep WeChat, log in by the end of ${lastDay} at the latest`,
        );
        expect(texts.guard).toContain('with 2 days left');
        expect(texts.guard).toContain(finalDay);
      } else {
        expect(texts.tracker).toContain('还剩 2 天');
        expect(texts.tracker).toContain(`${finalDay}注销生效`);
        expect(texts.tracker).toContain('想保留账号，就在这一天之前登录微信');
        expect(texts.reminder).toContain(`还剩 2 天。想保留微信，最晚在${lastDay}结束前登录`);
        expect(texts.guard).toContain('还剩 2 天');
        expect(texts.guard).toContain(finalDay);
      }
      for (const text of Object.values(texts)) expect(String(text)).not.toMatch(HOUR_OF_APPLYING);
    },
  );

  it.each(['zh_CN', 'en'] as const)(
    '%s: day 60 is the last day to keep the account',
    async (locale) => {
      const texts = await read(60, locale);
      await activateLocale(locale);
      const { lastDay, finalDay } = dates(60);
      expect(lastDay).toBe(formatDay(dayOf()));
      expect(texts.guarding).toBe(true);
      if (locale === 'en') {
        expect(texts.tracker).toContain('1 day left');
        expect(texts.tracker).toContain(`Becomes final on ${finalDay}`);
        expect(texts.reminder).toContain(
          `Today, ${lastDay}, is the last of the 60 days. To keep WeChat, log in before the day is over`,
        );
        expect(texts.guard).toContain('with 1 day left');
      } else {
        expect(texts.tracker).toContain('还剩 1 天');
        expect(texts.tracker).toContain(`${finalDay}注销生效`);
        expect(texts.reminder).toContain(`还剩 1 天。想保留微信，最晚在${lastDay}结束前登录`);
        expect(texts.guard).toContain('还剩 1 天');
      }
      for (const text of Object.values(texts)) expect(String(text)).not.toMatch(HOUR_OF_APPLYING);
    },
  );

  it.each(['zh_CN', 'en'] as const)(
    '%s: day 61 is still guarded, and nobody is told keeping is still safe',
    async (locale) => {
      const texts = await read(61, locale);
      expect(texts.guarding).toBe(true);
      if (locale === 'en') {
        expect(texts.tracker).toContain(
          'The 60 days are over, and the deletion becomes final today',
        );
        expect(texts.tracker).toContain('it may already be too late');
        expect(texts.reminder).toContain('Your WeChat deletion becomes final today');
        expect(texts.reminder).toContain('it may already be too late');
        expect(texts.guard).toContain(
          'the deletion becomes final today, but nobody can say at what time',
        );
        expect(texts.guard).toContain('Until today is over');
        expect(texts.ownGuard).toContain('WeChat File Transfer');
        expect(texts.ownGuard).toContain('nobody can say at what time');
        expect(texts.ownGuard).toContain('until today is over');
      } else {
        expect(texts.tracker).toContain('60 天已经过完，注销今天生效');
        expect(texts.tracker).toContain('现在可能已经来不及了');
        expect(texts.reminder).toContain('微信注销今天生效');
        expect(texts.reminder).toContain('现在可能已经晚了');
        expect(texts.guard).toContain('注销今天生效，但说不准是几点');
        expect(texts.guard).toContain('今天结束之前');
        expect(texts.ownGuard).toContain('说不准是几点');
        expect(texts.ownGuard).toContain('今天结束之前');
      }
      for (const text of Object.values(texts)) expect(String(text)).not.toMatch(HOUR_OF_APPLYING);
    },
  );

  it.each(['zh_CN', 'en'] as const)(
    '%s: day 62 is over: no guard, and "final" hedged by "unless you logged in"',
    async (locale) => {
      const texts = await read(62, locale);
      await activateLocale(locale);
      const { finalDay } = dates(62);
      expect(texts.guarding).toBe(false);
      if (locale === 'en') {
        expect(texts.tracker).toContain(
          `The deletion became final on ${finalDay}, unless you logged in to WeChat before then.`,
        );
        expect(texts.reminder).toContain(
          `Unless you logged in to WeChat before then, your account’s deletion became final on ${finalDay}.`,
        );
        expect(texts.guard).toContain('You are not in a cooling-off period');
      } else {
        expect(texts.tracker).toContain(`注销已在${finalDay}生效，除非你在那之前登录过微信。`);
        expect(texts.reminder).toContain(
          `除非你在那之前登录过微信，你的账号已在${finalDay}永久注销。`,
        );
        expect(texts.guard).toContain('现在不在注销冷静期内');
      }
      for (const text of Object.values(texts)) expect(String(text)).not.toMatch(HOUR_OF_APPLYING);
    },
  );
});
