import { formatDay, t } from '@/utils/i18n';
import { checkLabel, coolingOffLines, GROUP_LABEL, type LegacyData } from '@/utils/legacy-markdown';

const MARK = { done: '☑', na: '☒', open: '☐' } as const;

/** The list as a document: what prints on A4 and what the Markdown export says. */
export function LegacyDocument({ data }: { data: LegacyData }) {
  return (
    <article class="legacy-document">
      <header>
        <h1>{t('legacy.title')}</h1>
        <p class="generated">{t('legacy.generated', { date: formatDay(data.today) })}</p>
        <p>{t('legacy.intro')}</p>
      </header>

      <section aria-labelledby="legacy-cooling-off">
        <h2 id="legacy-cooling-off">{t('legacy.coolingOff.title')}</h2>
        <ul class="cooling-off">
          {coolingOffLines(data.coolingOff).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="legacy-sites">
        <h2 id="legacy-sites">{t('legacy.sites.title')}</h2>
        <p>
          {data.siteCount === 0
            ? t('legacy.sites.none')
            : t('legacy.sites.count', { count: data.siteCount })}
        </p>
        {data.groups.map(({ group, sites }) => (
          <div class={`site-group group-${group}`} key={group}>
            <h3 id={`legacy-group-${group}`}>
              {t('legacy.sites.group', { status: t(GROUP_LABEL[group]), count: sites.length })}
            </h3>
            <table aria-labelledby={`legacy-group-${group}`}>
              <thead>
                <tr>
                  <th scope="col">{t('options.col.name')}</th>
                  <th scope="col">{t('options.col.domain')}</th>
                  <th scope="col">{t('options.col.note')}</th>
                </tr>
              </thead>
              <tbody>
                {sites.map((site) => (
                  <tr key={site.id}>
                    <th scope="row">{site.name}</th>
                    <td>{site.domain ?? t('site.app')}</td>
                    <td class="note">{site.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section aria-labelledby="legacy-checklist">
        <h2 id="legacy-checklist">{t('legacy.checklist.title')}</h2>
        {data.sections.map((section) => (
          <div class="check-section" key={section.id}>
            <h3>{section.title}</h3>
            <p class="progress">
              {t('legacy.checklist.progress', {
                settled: section.settled,
                total: section.items.length,
              })}
            </p>
            <ul class="checks">
              {section.items.map((item) => (
                <li key={item.id} class={`check-${item.state}`}>
                  <span class="mark" aria-hidden="true">
                    {MARK[item.state]}
                  </span>
                  <span class="visually-hidden">{checkLabel(item.state)} </span>
                  <span class="title">{item.title}</span>
                  {item.state === 'na' && <span class="na"> {t('legacy.check.na.suffix')}</span>}
                  {item.note && <span class="note">{t('legacy.note', { note: item.note })}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}
