interface ToggleChipProps {
  label: string;
  count: number;
  pressed: boolean;
  onToggle: () => void;
}

/**
 * A multi-select filter option: a toggle button with its live count (named by what it shows). An option that would give nothing is
 * aria-disabled, not disabled: a chip can become unavailable while it has the focus (turning 立法 off can leave
 * it at 0), and a disabled button would drop the focus to the page.
 */
export function ToggleChip({ label, count, pressed, onToggle }: ToggleChipProps) {
  const unavailable = count === 0 && !pressed;
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={pressed}
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onToggle();
      }}
    >
      {/* Its name is its visible text, read as 「立法 10 项」 (no aria-label that could differ from what is seen). */}
      <span>{label}</span> <span className="chip-count">{count}</span>{' '}
      <span className="visually-hidden">项</span>
    </button>
  );
}
