import { describe, expect, it } from 'vitest';
import { erroredAudits, lighthouseFigures, type LighthouseReport } from '../lib/lighthouse-report';

/** A report with every figure the bench reads; metric values in Lighthouse's units (ms, unitless CLS). */
function createReport(
  over: { performance?: number | null; fcp?: number; lcp?: number; tbt?: number; cls?: number } = {},
  errored: Readonly<Record<string, string>> = {},
): LighthouseReport {
  const numeric = (numericValue: number | undefined) => ({ scoreDisplayMode: 'numeric', numericValue });
  return {
    categories: {
      performance: { score: over.performance === undefined ? 0.9 : over.performance },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96 },
      seo: { score: 0.63 },
    },
    audits: {
      'first-contentful-paint': numeric(over.fcp ?? 1000),
      'largest-contentful-paint': numeric(over.lcp ?? 2000),
      'total-blocking-time': numeric(over.tbt ?? 100),
      'cumulative-layout-shift': numeric(over.cls ?? 0),
      'speed-index': numeric(1500),
      'total-byte-weight': numeric(439_156),
      'color-contrast': { scoreDisplayMode: 'binary' },
      ...Object.fromEntries(
        Object.entries(errored).map(([id, errorMessage]) => [
          id,
          { scoreDisplayMode: 'error', errorMessage },
        ]),
      ),
    },
    environment: { benchmarkIndex: 2007.5 },
  };
}

const byName = (figures: ReturnType<typeof lighthouseFigures>) =>
  Object.fromEntries(figures.map((f) => [f.name, f]));

describe('lighthouseFigures', () => {
  it('takes each figure’s median over the runs, in the printed unit, with issue 19’s mobile budgets', () => {
    const figures = byName(
      lighthouseFigures('mobile', [
        createReport({ performance: 0.71, fcp: 2455.8, lcp: 3900, tbt: 460.4, cls: 0.0123 }),
        createReport({ performance: 0.8, fcp: 2100, lcp: 3617, tbt: 300, cls: 0 }),
        createReport({ performance: 0.75, fcp: 2600, lcp: 3000, tbt: 520, cls: 0.2 }),
      ]),
    );
    expect(figures['Lighthouse mobile: performance (median of 3)']).toEqual({
      name: 'Lighthouse mobile: performance (median of 3)',
      value: 75,
      unit: '/ 100',
      budget: '≥ 98',
    });
    expect(figures['Lighthouse mobile: FCP (median of 3)']).toMatchObject({
      value: 2.46,
      unit: 's',
      budget: '≤ 1.2 s',
    });
    // The medians need not come from one run: LCP's is the second run's, TBT's the first's.
    expect(figures['Lighthouse mobile: LCP (median of 3)']).toMatchObject({ value: 3.62, budget: '≤ 2.0 s' });
    expect(figures['Lighthouse mobile: TBT (median of 3)']).toMatchObject({ value: 460, unit: 'ms' });
    expect(figures['Lighthouse mobile: CLS (median of 3)']).toMatchObject({ value: 0.012, budget: '≤ 0.02' });
    expect(figures['Lighthouse mobile: seo (median of 3)']).toEqual({
      name: 'Lighthouse mobile: seo (median of 3)',
      value: 63,
      unit: '/ 100',
    });
  });

  it('puts desktop’s own budgets on desktop’s figures only', () => {
    const figures = lighthouseFigures('desktop', [createReport(), createReport()]);
    expect(figures.filter((f) => f.budget).map((f) => [f.name, f.budget])).toEqual([
      ['Lighthouse desktop: performance (median of 2)', '= 100'],
      ['Lighthouse desktop: LCP (median of 2)', '≤ 0.8 s'],
    ]);
    expect(figures.map((f) => [f.name, f.value, f.unit]).slice(-2)).toEqual([
      ['Lighthouse desktop: bytes transferred (median of 2)', 428.9, 'KB'],
      ['Lighthouse desktop: CPU benchmark index (median of 2)', 2008, ''],
    ]);
  });

  it('refuses a run without a figure rather than take the median of fewer', () => {
    const broken = createReport({ performance: null });
    expect(() => lighthouseFigures('mobile', [createReport(), broken, createReport()])).toThrow(
      'Lighthouse mobile run 2 has no performance',
    );
    expect(() => lighthouseFigures('desktop', [])).toThrow('no Lighthouse desktop runs');
  });
});

describe('erroredAudits', () => {
  it('lists each errored audit once, with its message and in how many runs it errored', () => {
    const trace = "Cannot read properties of undefined (reading 'frame_sequence')";
    const reports = [
      createReport({}, { 'layout-shifts': trace, 'render-blocking-resources': trace }),
      createReport({}, { 'layout-shifts': trace }),
      createReport(),
    ];
    expect(erroredAudits(reports)).toEqual([
      { id: 'layout-shifts', message: trace, runs: 2 },
      { id: 'render-blocking-resources', message: trace, runs: 1 },
    ]);
    expect(erroredAudits([createReport()])).toEqual([]);
  });
});
