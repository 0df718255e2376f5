// What every part of `npm run bench` hands back: named figures, printed as one table.

/** One printed figure. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The figures as aligned lines: name, value and unit, and the budget where there is one. */
export function printFigures(figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(width)}  ${String(f.value).padStart(8)} ${f.unit}${f.budget ? `   (budget ${f.budget})` : ''}`,
    );
  }
}
