// Pure helpers for the Lighthouse part of `npm run bench`: from several runs' reports to median figures, and the
// audits that could not run. Typed by the few fields read, so a full Lighthouse result fits and a test's fixture
// can stay small.
import { median, type Figure } from './bench-figure';

/** Lighthouse's two presets: the default config (mobile) and desktop-config. */
export type FormFactor = 'mobile' | 'desktop';

/** The part of a Lighthouse result (LH.Result) these helpers read. */
export interface LighthouseReport {
  readonly categories: Readonly<Record<string, { readonly score: number | null }>>;
  readonly audits: Readonly<
    Record<
      string,
      { readonly scoreDisplayMode: string; readonly numericValue?: number; readonly errorMessage?: string }
    >
  >;
  /** Lighthouse's measure of the CPU during the run: lower when other work shares the cores. */
  readonly environment?: { readonly benchmarkIndex?: number };
}

/** One printed line: a category score (0–100) or a metric audit's numericValue, scaled to its unit. */
interface LighthouseFigure {
  readonly label: string;
  readonly unit: string;
  readonly read: (report: LighthouseReport) => number | null | undefined;
  /** From Lighthouse's value to the printed one (ms → s, 0–1 → 0–100), rounded. */
  readonly scale: (value: number) => number;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const score = (id: string): LighthouseFigure => ({
  label: id,
  unit: '/ 100',
  read: (report) => report.categories[id]?.score,
  scale: (value) => Math.round(value * 100),
});
const SCALE = {
  s: (ms: number) => round(ms / 1000, 2),
  ms: Math.round,
  KB: (bytes: number) => round(bytes / 1024, 1),
  '': (value: number) => round(value, 3),
};
const metric = (id: string, label: string, unit: keyof typeof SCALE): LighthouseFigure => ({
  label,
  unit,
  read: (report) => report.audits[id]?.numericValue,
  scale: SCALE[unit],
});

/** The categories the bench asks Lighthouse for. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Every printed line, in order: the performance score, its metrics, then the other categories. */
const FIGURES: readonly LighthouseFigure[] = [
  score('performance'),
  metric('first-contentful-paint', 'FCP', 's'),
  metric('largest-contentful-paint', 'LCP', 's'),
  metric('total-blocking-time', 'TBT', 'ms'),
  metric('cumulative-layout-shift', 'CLS', ''),
  metric('speed-index', 'Speed Index', 's'),
  ...CATEGORIES.slice(1).map(score),
  // What the page fetched, as sent (gzip): shows the compression is in place.
  metric('total-byte-weight', 'bytes transferred', 'KB'),
  {
    label: 'CPU benchmark index',
    unit: '',
    read: (report) => report.environment?.benchmarkIndex,
    scale: Math.round,
  },
];

/** Issue 19's targets, by the figure's label. */
export const BUDGETS: Readonly<Record<FormFactor, Readonly<Record<string, string>>>> = {
  mobile: { performance: '≥ 98', FCP: '≤ 1.2 s', LCP: '≤ 2.0 s', TBT: '≤ 200 ms', CLS: '≤ 0.02' },
  desktop: { performance: '= 100', LCP: '≤ 0.8 s' },
};

/**
 * Each figure's median over the runs, taken figure by figure (the runs need not agree on which is the median
 * one). A run that lacks a figure is an error, not a smaller sample.
 */
export function lighthouseFigures(formFactor: FormFactor, reports: readonly LighthouseReport[]): Figure[] {
  if (reports.length === 0) throw new Error(`no Lighthouse ${formFactor} runs`);
  return FIGURES.map((figure) => {
    const values = reports.map((report, run) => {
      const value = figure.read(report);
      if (typeof value !== 'number') {
        throw new Error(`Lighthouse ${formFactor} run ${run + 1} has no ${figure.label}`);
      }
      return value;
    });
    const budget = BUDGETS[formFactor][figure.label];
    return {
      name: `Lighthouse ${formFactor}: ${figure.label} (median of ${reports.length})`,
      value: figure.scale(median(values)),
      unit: figure.unit,
      ...(budget ? { budget } : {}),
    };
  });
}

/** An audit that came back with scoreDisplayMode 'error', and in how many of the runs it did. */
export interface ErroredAudit {
  readonly id: string;
  readonly message: string;
  readonly runs: number;
}

/** The audits that errored in any run, once each (per distinct message), in the order first seen. */
export function erroredAudits(reports: readonly LighthouseReport[]): ErroredAudit[] {
  const seen = new Map<string, ErroredAudit>();
  for (const report of reports) {
    for (const [id, audit] of Object.entries(report.audits)) {
      if (audit.scoreDisplayMode !== 'error') continue;
      const message = audit.errorMessage ?? '(no message)';
      const key = `${id}\n${message}`;
      seen.set(key, { id, message, runs: (seen.get(key)?.runs ?? 0) + 1 });
    }
  }
  return [...seen.values()];
}
