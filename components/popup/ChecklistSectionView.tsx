import { type ChecklistSection, prerequisitesLeft, sectionProgress } from '@/utils/checklist';
import { t } from '@/utils/i18n';
import type { CheckEntry, CheckState } from '@/utils/model';
import { ChecklistItemRow } from './ChecklistItemRow';

type ChecklistSectionViewProps = {
  section: ChecklistSection;
  checklist: Readonly<Record<string, CheckEntry>>;
  open: boolean;
  /** The items are rendered (a closed section's follow the popup's first paint). */
  itemsShown: boolean;
  /** The items' longer texts are loaded (they follow the first render). */
  detailsShown: boolean;
  siteListUrl: string;
  sitesToRebind: number;
  onToggle: (sectionId: string, open: boolean) => void;
  onState: (itemId: string, state: CheckState) => void;
  onNote: (itemId: string, note: string) => void;
};

export function ChecklistSectionView({
  section,
  checklist,
  open,
  itemsShown,
  detailsShown,
  siteListUrl,
  sitesToRebind,
  onToggle,
  onState,
  onNote,
}: ChecklistSectionViewProps) {
  const { settled, total } = sectionProgress(section, checklist);
  return (
    <details
      class={section.official ? 'section official' : 'section'}
      data-section={section.id}
      data-complete={settled === total ? '' : undefined}
      open={open}
      onToggle={(event) => onToggle(section.id, event.currentTarget.open)}
    >
      <summary>
        <span class="section-title">{t(section.title)}</span>
        {section.official && <span class="badge official">{t('popup.section.official')}</span>}
        <span class="section-count" aria-hidden="true">
          {settled}/{total}
        </span>
        <span class="visually-hidden">{t('popup.section.progress', { settled, total })}</span>
      </summary>
      {section.intro && <p class="section-intro">{t(section.intro)}</p>}
      <ul class="items">
        {itemsShown &&
          section.items.map((item) => (
            <ChecklistItemRow
              key={item.id}
              item={item}
              entry={checklist[item.id]}
              detailsShown={detailsShown}
              siteListUrl={siteListUrl}
              sitesToRebind={sitesToRebind}
              first={prerequisitesLeft(item, checklist)}
              onState={onState}
              onNote={onNote}
            />
          ))}
      </ul>
    </details>
  );
}
