interface ToggleChipProps {
  label: string;
  count: number;
  pressed: boolean;
  onToggle: () => void;
}

/** A multi-select filter option: a toggle button with its live count. */
export function ToggleChip({ label, count, pressed, onToggle }: ToggleChipProps) {
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={pressed}
      aria-label={`${label} ${count} 项`}
      onClick={onToggle}
      disabled={count === 0 && !pressed}
    >
      <span>{label}</span>
      <span className="chip-count">{count}</span>
    </button>
  );
}
