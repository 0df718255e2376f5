import {
  ChartsNotShown,
  forgetChartFailures,
  registerChart,
  reportChartsFailed,
  unregisterChart,
  whenChartRegistered,
  whenChartsShown,
} from '../chart-registry';
import type { echarts } from '../echarts';

type Chart = ReturnType<typeof echarts.init>;
const fakeChart = () => ({ isDisposed: () => false }) as unknown as Chart;

/** The promise's state now: 'pending', 'shown', or the names it rejected with. */
function state(promise: Promise<void>): Promise<string> {
  return Promise.race([
    promise.then(
      () => 'shown',
      (e: unknown) => (e instanceof ChartsNotShown ? e.names.join(',') : 'other'),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 0)),
  ]);
}

test('waits for charts still to come, and resolves once all are shown', async () => {
  const a = fakeChart();
  const waiting = whenChartsShown(['a1', 'b1']);
  registerChart('a1', a);
  expect(await state(waiting)).toBe('pending');
  registerChart('b1', fakeChart());
  expect(await state(waiting)).toBe('shown');
  unregisterChart('a1', a);
});

test('stops at once, naming it, when a chart it waits for fails; 重试 and a new chart clear that', async () => {
  const waiting = whenChartsShown(['a2', 'b2']);
  registerChart('a2', fakeChart());
  reportChartsFailed(['b2', 'c2']);
  expect(await state(waiting)).toBe('b2');
  // Asked later, before any retry, it still knows.
  expect(await state(whenChartsShown(['b2']))).toBe('b2');

  forgetChartFailures(['b2']);
  const again = whenChartsShown(['b2']);
  expect(await state(again)).toBe('pending');
  registerChart('b2', fakeChart());
  expect(await state(again)).toBe('shown');
  // A chart that is shown again is no longer failed.
  registerChart('c2', fakeChart());
  expect(await state(whenChartsShown(['c2']))).toBe('shown');
});

test('whenChartRegistered still waits for one chart, failures or not', async () => {
  const waiting = whenChartRegistered('d3');
  reportChartsFailed(['d3']);
  expect(await state(waiting)).toBe('pending');
  registerChart('d3', fakeChart());
  expect(await state(waiting)).toBe('shown');
});
