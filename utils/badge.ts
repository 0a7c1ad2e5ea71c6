import { browser } from 'wxt/browser';

/**
 * The toolbar button shows how many sites still need rebinding: a number and the icon with the
 * amber dot (public/icon/alert-*), both global, never per tab. Nothing when none is left.
 */

const BADGE_COLOR = '#0b6b3a';

function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

const ICON = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' } as const;
const ALERT_ICON = {
  16: '/icon/alert-16.png',
  32: '/icon/alert-32.png',
  48: '/icon/alert-48.png',
} as const;

/** Sets badge, icon and title for `count` sites; `title` already says it in words. */
export async function applyBadge(count: number, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(count) }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    browser.action.setTitle({ title }),
    browser.action.setIcon({ path: count > 0 ? ALERT_ICON : ICON }),
  ]);
}
