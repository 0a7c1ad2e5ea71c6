import { browser } from 'wxt/browser';
import { HistoryScanPanel, IS_FIREFOX } from '@/components/history';
import type { PageProps } from '@/components/Page';
import { type Area, type MessageKey, t } from '@/utils/i18n';

/** The welcome page's messages: its own, and the history scan's. */
export const WELCOME_AREAS: readonly Area[] = ['common', 'welcome', 'history'];

const STEPS: readonly (readonly [title: MessageKey, text: MessageKey])[] = [
  ['welcome.step.find.title', 'welcome.step.find'],
  ['welcome.step.switch.title', 'welcome.step.switch'],
  ['welcome.step.delete.title', 'welcome.step.delete'],
];

/** Closes the tab the page is in (opened by the background on install). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/**
 * The first-run page, opened once on install: what the extension does in three steps, and the
 * two ways to start the list that need a permission (each asked for only on its own button).
 * `firefox`: offer embedded-QR detection (only Firefox needs it) and describe Firefox's prompts.
 */
export function WelcomeApp({ store, firefox = IS_FIREFOX }: PageProps & { firefox?: boolean }) {
  return (
    <main class="welcome-page">
      <h1>{t('welcome.title')}</h1>
      <p class="welcome-intro">{t('welcome.intro')}</p>
      <ol class="welcome-steps">
        {STEPS.map(([title, text]) => (
          <li key={title}>
            <strong>{t(title)}</strong> {t(text)}
          </li>
        ))}
      </ol>
      <p>{t('welcome.start')}</p>
      <div class="welcome-offers">
        <HistoryScanPanel store={store} frames={firefox} firefox={firefox} />
      </div>
      <div class="welcome-actions">
        <button type="button" onClick={() => void closeTab()}>
          {t('welcome.skip')}
        </button>
        <a href={browser.runtime.getURL('/options.html#sites')}>{t('welcome.list')}</a>
      </div>
    </main>
  );
}
