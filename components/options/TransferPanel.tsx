import { formatNumber, type MessageKey, t } from '@/utils/i18n';
import type { ImportError } from '@/utils/import-file';
import type { ImportPlan } from '@/utils/import-plan';
import type { JsonMistake, JsonProblem } from '@/utils/json-mistake';
import { ImportPreview } from './ImportPreview';

export type ImportView =
  | { readonly fileName: string; readonly error: ImportError }
  | {
      readonly fileName: string;
      readonly plan: ImportPlan;
      /** How many of its changes sync has no room for (they would stay on this device). */
      readonly deviceOnly: number;
    };

/** Export (JSON backup of everything, CSV of the sites) and import with a preview. */
export function TransferPanel({
  importing,
  onExportJson,
  onExportCsv,
  onFile,
  onConfirm,
  onCancel,
}: {
  importing: ImportView | undefined;
  onExportJson: () => void;
  onExportCsv: () => void;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="transfer">
      <div class="export">
        <h3>{t('options.export.title')}</h3>
        <p class="hint">{t('options.export.hint')}</p>
        <div class="actions">
          <button type="button" onClick={onExportJson}>
            {t('options.export.json')}
          </button>
          <button type="button" onClick={onExportCsv}>
            {t('options.export.csv')}
          </button>
        </div>
      </div>
      <div class="import">
        <h3>{t('options.import.title')}</h3>
        <p id="import-hint" class="hint">
          {t('options.import.hint')}
        </p>
        <label for="import-file">{t('options.import.choose')}</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
          aria-describedby="import-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is a change too.
            input.value = '';
            if (file) onFile(file);
          }}
        />
        {importing && 'error' in importing && (
          <div class="notice danger import-error" role="alert">
            <p>
              {t('options.import.failed', {
                file: importing.fileName,
                reason: errorText(importing.error),
              })}
            </p>
            <p>{t('options.import.unchanged')}</p>
          </div>
        )}
        {importing && 'plan' in importing && (
          <ImportPreview
            fileName={importing.fileName}
            plan={importing.plan}
            deviceOnly={importing.deviceOnly}
            onConfirm={onConfirm}
            onCancel={onCancel}
          />
        )}
      </div>
    </div>
  );
}

export function errorText(error: ImportError): string {
  switch (error.kind) {
    case 'too-large':
      return t('options.import.error.too-large', {
        size: formatNumber(Math.round((error.bytes / 1_048_576) * 10) / 10),
      });
    case 'empty':
      return t('options.import.error.empty');
    case 'encoding':
      return t('options.import.error.encoding');
    case 'workbook':
      return t('options.import.error.workbook');
    case 'malformed-json':
      return error.mistake
        ? jsonMistakeText(error.mistake)
        : t('options.import.error.malformed-json');
    case 'wrong-format':
      return t('options.import.error.wrong-format');
    case 'wrong-version':
      return error.newer
        ? t('options.import.error.newer-version', { version: error.version })
        : t('options.import.error.wrong-version', { version: error.version });
    case 'damaged':
      return t('options.import.error.damaged', { section: error.section });
    case 'malformed-csv':
      return t('options.import.error.malformed-csv', { row: error.row });
    default:
      return t('options.import.error.csv-columns', { header: error.header });
  }
}

/** Where a hand-edited JSON file goes wrong and what to change there. */
function jsonMistakeText({ problem, line, column, found, wanted = '' }: JsonMistake): string {
  if (problem === 'cut-off')
    return t('options.import.error.json-cut-off', { line, column, wanted });
  const what = t(JSON_PROBLEM[problem], { found, wanted });
  return t('options.import.error.json-at', { line, column, problem: what });
}

const JSON_PROBLEM = {
  'extra-comma': 'options.import.json.extra-comma',
  'missing-value': 'options.import.json.missing-value',
  'missing-comma': 'options.import.json.missing-comma',
  'missing-colon': 'options.import.json.missing-colon',
  'single-quote': 'options.import.json.single-quote',
  'full-width': 'options.import.json.full-width',
  comment: 'options.import.json.comment',
  'unquoted-key': 'options.import.json.unquoted-key',
  'bad-word': 'options.import.json.bad-word',
  'bad-number': 'options.import.json.bad-number',
  'string-break': 'options.import.json.string-break',
  'control-char': 'options.import.json.control-char',
  'bad-escape': 'options.import.json.bad-escape',
  'extra-content': 'options.import.json.extra-content',
  'wrong-close': 'options.import.json.wrong-close',
  unexpected: 'options.import.json.unexpected',
} as const satisfies Record<Exclude<JsonProblem, 'cut-off'>, MessageKey>;
