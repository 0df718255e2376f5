import { afterChartDrawn, whenChartDrawn } from '../charts-on-screen';
import { createDashboardStore } from '../store';

/** The promise's state now: 'pending' or 'drawn'. */
function state(promise: Promise<void>): Promise<string> {
  return Promise.race([
    promise.then(() => 'drawn'),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 0)),
  ]);
}

test('whenChartDrawn waits for the chart of that name, and resolves at once once it is there', async () => {
  const store = createDashboardStore();
  const waiting = whenChartDrawn('a', store);
  expect(await state(waiting)).toBe('pending');
  store.getState().chartDrawn('b', {});
  expect(await state(waiting)).toBe('pending');
  store.getState().chartDrawn('a', {});
  expect(await state(waiting)).toBe('drawn');
  expect(await state(whenChartDrawn('a', store))).toBe('drawn');
});

test('a re-mounted chart replaces its predecessor; the old one going leaves the new one', () => {
  const store = createDashboardStore();
  const [old, next] = [{}, {}];
  store.getState().chartDrawn('map', old);
  store.getState().chartDrawn('map', next);
  store.getState().chartGone('map', old);
  expect(store.getState().drawnCharts.get('map')).toBe(next);
  store.getState().chartGone('map', next);
  expect(store.getState().drawnCharts.has('map')).toBe(false);
});

test('afterChartDrawn calls back in the frame after the chart drew, unless cancelled', async () => {
  const store = createDashboardStore();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const drawn = vi.fn();
  const cancelled = vi.fn();
  afterChartDrawn('c', drawn, store);
  const cancel = afterChartDrawn('c', cancelled, store);
  cancel();
  store.getState().chartDrawn('c', {});
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(drawn).not.toHaveBeenCalled();
  for (const frame of frames) frame(0);
  expect(drawn).toHaveBeenCalledTimes(1);
  expect(cancelled).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
});
