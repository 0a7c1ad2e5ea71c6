import { t } from '@/utils/i18n';

export type Announcement = {
  readonly text: string;
  /** Offered next to the message, e.g. putting removed sites back. */
  readonly undo?: () => void;
  /** Bumped for every message, so the same text said twice is announced twice. */
  readonly id: number;
};

/**
 * The page's one polite live region: "saved", "removed — undo", import results. It is always in
 * the document, because screen readers only announce changes to a region they already know.
 */
export function StatusMessage({
  message,
  onUndo,
}: {
  message: Announcement | undefined;
  onUndo: () => void;
}) {
  return (
    <div class="status-message" role="status" aria-live="polite">
      {message && (
        <p key={message.id}>
          <span>{message.text}</span>
          {message.undo && (
            <button type="button" onClick={onUndo}>
              {t('options.undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
