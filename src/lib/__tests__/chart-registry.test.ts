import {
  afterChartDrawn,
  getChart,
  registerChart,
  unregisterChart,
  whenChartRegistered,
} from '../chart-registry';
import type { echarts } from '../echarts';

type Chart = ReturnType<typeof echarts.init>;
const fakeChart = (disposed = false) => ({ isDisposed: () => disposed }) as unknown as Chart;

/** The promise's state now: 'pending' or 'shown'. */
function state(promise: Promise<void>): Promise<string> {
  return Promise.race([
    promise.then(() => 'shown'),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 0)),
  ]);
}

test('whenChartRegistered waits for the chart of that name, and resolves at once when it is there', async () => {
  const waiting = whenChartRegistered('a1');
  expect(await state(waiting)).toBe('pending');
  const chart = fakeChart();
  registerChart('a1', chart);
  expect(await state(waiting)).toBe('shown');
  expect(await state(whenChartRegistered('a1'))).toBe('shown');
  unregisterChart('a1', chart);
});

test('getChart gives the live chart only: not a disposed one, not one unregistered', () => {
  const chart = fakeChart();
  registerChart('b1', chart);
  expect(getChart('b1')).toBe(chart);
  // A re-mounted chart replaces its predecessor; the old one unregistering leaves the new one.
  const next = fakeChart();
  registerChart('b1', next);
  unregisterChart('b1', chart);
  expect(getChart('b1')).toBe(next);
  registerChart('b2', fakeChart(true));
  expect(getChart('b2')).toBeUndefined();
});

test('afterChartDrawn calls back in the frame after the chart registers, unless cancelled', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const drawn = vi.fn();
  const cancelled = vi.fn();
  afterChartDrawn('c1', drawn);
  const cancel = afterChartDrawn('c1', cancelled);
  cancel();
  registerChart('c1', fakeChart());
  await Promise.resolve();
  await Promise.resolve();
  for (const frame of frames) frame(0);
  expect(drawn).toHaveBeenCalledTimes(1);
  expect(cancelled).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
});
