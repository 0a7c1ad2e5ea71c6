import { useMemo, useState } from 'preact/hooks';
import { type Locale, t } from '@/utils/i18n';
import type { State } from '@/utils/model';
import { type PastedLine, planPaste, readLines } from '@/utils/typed-sites';
import { addressMessage } from './address-message';
import { domainText } from './labels';

/**
 * Many sites at once, e.g. typed off WeChat's 授权管理 list or copied from a spreadsheet: one a
 * line, then a preview of what each line becomes, then one write for all of them.
 */
export function PasteSites({
  state,
  locale,
  onAdd,
}: {
  state: State;
  locale: Locale;
  onAdd: (lines: readonly PastedLine[]) => void;
}) {
  const [text, setText] = useState('');
  const [lines, setLines] = useState<readonly PastedLine[] | undefined>();
  // Against the live list, so a site added meanwhile (popup, other device) shows as listed.
  const plan = useMemo(() => lines && planPaste(lines, state), [lines, state]);

  const preview = (event: Event) => {
    event.preventDefault();
    setLines(readLines(text, locale));
  };

  return (
    <details class="paste-sites">
      <summary>{t('options.paste.title')}</summary>
      <form onSubmit={preview}>
        <label for="paste-lines">{t('options.paste.label')}</label>
        <p id="paste-hint" class="hint">
          {t('options.paste.hint')}
        </p>
        <textarea
          id="paste-lines"
          rows={6}
          value={text}
          aria-describedby="paste-hint"
          onInput={(event) => {
            setText(event.currentTarget.value);
            setLines(undefined);
          }}
        />
        <button type="submit" disabled={text.trim() === ''}>
          {t('options.paste.preview')}
        </button>
      </form>
      {plan && (
        <section class="paste-preview" aria-labelledby="paste-preview-title">
          <h4 id="paste-preview-title">
            {t('options.paste.summary', {
              count: plan.entries.length,
              added: plan.added,
            })}
          </h4>
          {plan.entries.length > 0 && (
            <table class="preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('options.paste.col.line')}</th>
                  <th scope="col">{t('options.paste.col.text')}</th>
                  <th scope="col">{t('options.paste.col.site')}</th>
                  <th scope="col">{t('options.paste.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.entries.map((entry) => (
                  <tr key={entry.line} class={`outcome-${entry.outcome}`}>
                    <td>{entry.line}</td>
                    <td>{entry.text}</td>
                    <td>
                      {entry.site.ok ? `${entry.site.name} · ${domainText(entry.site.id)}` : '—'}
                    </td>
                    <td>
                      {entry.outcome === 'new'
                        ? t('options.paste.new')
                        : entry.outcome === 'listed'
                          ? t('options.paste.listed')
                          : entry.outcome === 'repeat'
                            ? t('options.paste.repeat')
                            : entry.site.ok
                              ? ''
                              : addressMessage(entry.site.problem, entry.text)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={plan.added === 0}
              onClick={() => {
                onAdd(lines ?? []);
                setText('');
                setLines(undefined);
              }}
            >
              {t('options.paste.add', { count: plan.added })}
            </button>
            <button type="button" onClick={() => setLines(undefined)}>
              {t('options.paste.edit')}
            </button>
          </div>
        </section>
      )}
    </details>
  );
}
