/** Typing pauses this long before a note is saved: a write per pause, not per keystroke. */
export const NOTE_SAVE_DELAY_MS = 1_000;

/**
 * The note is saved when the field loses focus, on Enter, or after a pause in typing; Escape
 * puts back the saved note. A note changed elsewhere (popup, other device) shows up here unless
 * the user is in the middle of editing this one. The field itself holds the draft.
 */
export class NoteEditor {
  private saved = '';
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly field: () => HTMLInputElement | undefined,
    private readonly onSave: (note: string) => void,
  ) {}

  /** The stored note; shown unless the user is editing. */
  show(note: string, first: boolean): void {
    this.saved = note;
    const field = this.field();
    if (field && (first || !this.dirty) && field.value !== note) field.value = note;
  }

  readonly input = (): void => {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.save, NOTE_SAVE_DELAY_MS);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.save();
    } else if (event.key === 'Escape') {
      clearTimeout(this.timer);
      this.dirty = false;
      const field = this.field();
      if (field) field.value = this.saved;
    }
  };

  readonly save = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    const draft = this.field()?.value ?? '';
    if (draft.trim() !== this.saved) this.onSave(draft);
  };
}
