import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '@/components/options/download';
import type { PageProps } from '@/components/Page';
import { dayOf } from '@/utils/cooling-off';
import { t } from '@/utils/i18n';
import { legacyData, legacyMarkdown } from '@/utils/legacy-markdown';
import { useSnapshot } from '@/utils/use-store';
import { LegacyDocument } from './LegacyDocument';

/**
 * The digital-legacy page's container: it only reads (the list is a view of what is stored),
 * and follows live changes like every other page.
 */
export function LegacyApp({ store }: PageProps) {
  const { state, repairs } = useSnapshot(store);
  const today = dayOf();
  const data = useMemo(() => legacyData(state, today), [state, today]);
  const [said, setSaid] = useState('');

  useEffect(() => {
    document.title = `${t('legacy.title')} · ${t('app.name')}`;
  }, []);

  const exportMarkdown = () => {
    downloadText(
      `wechat-legacy-list-${today}.md`,
      legacyMarkdown(data),
      'text/markdown;charset=utf-8',
    );
    setSaid(t('legacy.exported'));
  };

  return (
    <div class="legacy-page">
      <nav class="legacy-toolbar no-print" aria-label={t('legacy.actions')}>
        <a href="/options.html">{t('legacy.back')}</a>
        <span class="spacer" />
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('legacy.print')}
        </button>
        <button type="button" onClick={exportMarkdown}>
          {t('legacy.markdown')}
        </button>
      </nav>
      {repairs.length > 0 && (
        // Whichever page opens first repairs broken entries and writes the repair back: the
        // report would be lost if this page kept quiet. Not part of the printed list.
        <p class="notice no-print" role="status">
          {t('storage.repaired', { count: repairs.length })}
        </p>
      )}
      <LegacyDocument data={data} />
      <p class="no-print legacy-status" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
