type ProgressBarProps = {
  label: string;
  value: number;
  max: number;
  /** What a screen reader announces instead of a bare percentage. */
  text: string;
};

export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={text}
    >
      <div class="progress-fill" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
