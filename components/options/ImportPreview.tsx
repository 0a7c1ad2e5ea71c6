import { CHECKLIST } from '@/utils/checklist';
import { type MessageKey, t } from '@/utils/i18n';
import type { Reason, Rejection, Where } from '@/utils/import-file';
import type { Change, ImportPlan, PlanItem } from '@/utils/import-plan';
import type { Site } from '@/utils/model';
import { domainText, ORIGIN_LABEL, STATUS_LABEL } from './labels';

const checkTitles = new Map(
  CHECKLIST.flatMap((section) => section.items.map((item) => [item.id, item.title] as const)),
);

/** What an import would do, before anything is written; confirming applies all of it at once. */
export function ImportPreview({
  fileName,
  plan,
  deviceOnly = 0,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  plan: ImportPlan;
  deviceOnly?: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const writes = plan.counts.new + plan.counts.changed;
  // Settings, the application date and dismissed sites have a line each below the counts.
  const listed = plan.items.filter((item) => item.kind === 'site' || item.kind === 'check');
  const added = listed.filter((item) => item.change === 'new');
  const changed = listed.filter((item) => item.change === 'changed');
  // The counts are of sites; the rest of a backup is one line per part below them.
  const sites = plan.items.filter((item) => item.kind === 'site');
  const sitesWith = (change: Change) => sites.filter((item) => item.change === change).length;
  const parts = partLines(plan.items);
  const empty = plan.items.length === 0 && plan.rejected.length === 0;
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('options.import.preview.title', { file: fileName })}</h3>
      {plan.source.encoding === 'gb18030' && (
        <p class="notice warn import-encoding">
          {plan.kind === 'csv'
            ? t('options.import.source.gb18030')
            : t('options.import.source.gb18030-json')}
        </p>
      )}
      {plan.source.delimiter === ';' && <p class="hint">{t('options.import.source.semicolon')}</p>}
      {plan.source.delimiter === '\t' && <p class="hint">{t('options.import.source.tab')}</p>}
      {empty ? (
        <p class="import-empty">
          {plan.kind === 'csv'
            ? t('options.import.header-only')
            : t('options.import.nothing-in-file')}
        </p>
      ) : (
        <ul class="import-counts">
          {(sites.length > 0 || parts.length === 0) && (
            <>
              <li class="count-new">
                {t('options.import.count.new', { count: sitesWith('new') })}
              </li>
              <li class="count-changed">
                {t('options.import.count.changed', { count: sitesWith('changed') })}
              </li>
              <li class="count-unchanged">
                {t('options.import.count.unchanged', { count: sitesWith('unchanged') })}
              </li>
            </>
          )}
          {plan.counts.rejected > 0 && (
            <li class="count-rejected">
              {t('options.import.count.rejected', { count: plan.counts.rejected })}
            </li>
          )}
        </ul>
      )}
      {parts.length > 0 && (
        <ul class="import-parts">
          {parts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {added.length > 0 && (
        <details open={added.length <= 20}>
          <summary>{t('options.import.list.new', { count: added.length })}</summary>
          <ul>
            {added.map((item) => (
              <li key={itemKey(item)}>{itemLabel(item)}</li>
            ))}
          </ul>
        </details>
      )}
      {changed.length > 0 && (
        <details open={changed.length <= 20}>
          <summary>{t('options.import.list.changed', { count: changed.length })}</summary>
          <ul>
            {changed.map((item) => (
              <li key={itemKey(item)}>
                {itemLabel(item)}
                {item.kind === 'site' && item.before && (
                  <span class="diff">{describeChange(item.before, item.after)}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.rejected.length > 0 && (
        <details open={plan.rejected.length <= 20}>
          <summary>{t('options.import.list.rejected', { count: plan.rejected.length })}</summary>
          <ul class="rejected">
            {plan.rejected.map((rejection, index) => (
              // Rejections have no id of their own; their order in the file is stable.
              <li key={index}>{rejectionText(rejection)}</li>
            ))}
          </ul>
        </details>
      )}
      {deviceOnly > 0 && (
        <p class="notice warn">{t('options.import.deviceOnly', { count: deviceOnly })}</p>
      )}
      <p class="hint">{t('options.import.keeps')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={writes === 0} onClick={onConfirm}>
          {writes === 0
            ? t('options.import.nothing')
            : t('options.import.apply', { count: writes })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.import.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The announcement once a preview is shown: it asks for a confirmation only when there is one. */
export function readyText(plan: ImportPlan): string {
  if (plan.counts.new + plan.counts.changed === 0) return t('options.import.ready.nothing');
  return t('options.import.ready', {
    added: plan.counts.new,
    changed: plan.counts.changed,
    rejected: plan.counts.rejected,
  });
}

const PART_CHANGE = {
  new: 'options.import.part.new',
  changed: 'options.import.part.changed',
  unchanged: 'options.import.part.unchanged',
} as const satisfies Record<Change, MessageKey>;

/** A backup's checklist progress, settings, application date and dismissed sites, one line each. */
function partLines(items: readonly PlanItem[]): string[] {
  const lines: string[] = [];
  const checks = items.filter((item) => item.kind === 'check');
  if (checks.length > 0) {
    const count = (change: Change) => checks.filter((item) => item.change === change).length;
    lines.push(
      t('options.import.part.checklist', {
        added: count('new'),
        changed: count('changed'),
        unchanged: count('unchanged'),
      }),
    );
  }
  for (const item of items) {
    if (item.kind === 'site' || item.kind === 'check') continue;
    lines.push(t(PART_CHANGE[item.change], { part: itemLabel(item) }));
  }
  return lines;
}

function itemKey(item: PlanItem): string {
  return item.kind === 'site' || item.kind === 'check' ? `${item.kind}:${item.id}` : item.kind;
}

function itemLabel(item: PlanItem): string {
  switch (item.kind) {
    case 'site':
      return `${item.after.name} · ${domainText(item.id)}`;
    case 'check':
      return t('options.import.item.check', { title: checkTitle(item.id) });
    case 'settings':
      return t('options.import.item.settings');
    case 'tracker':
      return t('options.import.item.tracker');
    default:
      return t('options.import.item.dismissed');
  }
}

function checkTitle(id: string): string {
  const key = checkTitles.get(id);
  return key ? t(key) : id;
}

function describeChange(before: Site, after: Site): string {
  const parts: string[] = [];
  if (before.name !== after.name) {
    parts.push(t('options.import.diff.name', { from: before.name, to: after.name }));
  }
  if (before.status !== after.status) {
    parts.push(
      t('options.import.diff.status', {
        from: t(STATUS_LABEL[before.status]),
        to: t(STATUS_LABEL[after.status]),
      }),
    );
  }
  if (before.via !== after.via) {
    parts.push(
      t('options.import.diff.origin', {
        from: t(ORIGIN_LABEL[before.via]),
        to: t(ORIGIN_LABEL[after.via]),
      }),
    );
  }
  if ((before.note ?? '') !== (after.note ?? '')) parts.push(t('options.import.diff.note'));
  if (Boolean(before.pending) !== Boolean(after.pending)) {
    parts.push(after.pending ? t('site.pending') : t('options.import.diff.confirmed'));
  }
  if (before.appid !== after.appid) parts.push(t('options.import.diff.appid'));
  return parts.join(t('options.import.diff.separator'));
}

function whereText(where: Where): string {
  switch (where.kind) {
    case 'row':
      return t('options.import.where.row', { row: where.row });
    case 'site':
      return t('options.import.where.site', { id: where.id });
    case 'check':
      return t('options.import.where.check', { title: checkTitle(where.id) });
    default:
      return where.section === 'settings'
        ? t('options.import.item.settings')
        : where.section === 'tracker'
          ? t('options.import.item.tracker')
          : t('options.import.item.dismissed');
  }
}

export function rejectionText({ where, label, reason }: Rejection): string {
  const place =
    label && where.kind === 'row'
      ? t('options.import.where.rowLabel', { row: where.row, label })
      : whereText(where);
  return t('options.import.rejection', { where: place, reason: reasonText(reason) });
}

function reasonText(reason: Reason): string {
  switch (reason.code) {
    case 'no-site':
      return t('options.import.reason.no-site');
    case 'address':
      return reason.problem === 'not-web'
        ? t('options.import.reason.not-web', { value: reason.value })
        : reason.problem === 'no-domain'
          ? t('options.import.reason.no-domain', { value: reason.value })
          : reason.problem === 'wechat'
            ? t('options.import.reason.wechat', { value: reason.value })
            : t('options.import.reason.address', { value: reason.value });
    case 'too-long':
      return reason.field === 'name'
        ? t('options.import.reason.name-too-long', { max: reason.max })
        : t('options.import.reason.note-too-long', { max: reason.max });
    case 'duplicate':
      return t('options.import.reason.duplicate', { row: reason.first });
    case 'invalid':
      return t('options.import.reason.invalid', { field: reason.field });
    default:
      switch (reason.field) {
        case 'status':
          return t('options.import.reason.status', { value: reason.value });
        case 'origin':
          return t('options.import.reason.origin', { value: reason.value });
        case 'pending':
          return t('options.import.reason.pending', { value: reason.value });
        case 'appid':
          return t('options.import.reason.appid', { value: reason.value });
        default:
          return t('options.import.reason.date', { value: reason.value });
      }
  }
}
