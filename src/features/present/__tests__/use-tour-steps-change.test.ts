// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createProject } from '../../../test/data-generators';
import { buildTourSteps } from '../tour-steps';
import type { TourStep } from '../tour-steps';
import { useTour } from '../use-tour';

const city = (prefecture: string) => createProject({ level: 'city', prefecture });
// One year: 郑州, 南阳; the other: 省级, 郑州, 洛阳 (郑州 is a stop of both).
const ONE_YEAR = buildTourSteps(['410100', '411300'].map(city));
const OTHER_YEAR = buildTourSteps([createProject({ level: 'province' }), ...['410100', '410300'].map(city)]);

function render(steps: readonly TourStep[]) {
  return renderHook(({ steps }) => useTour(steps, 5, () => {}), { initialProps: { steps } });
}

describe('useTour when its steps change (another year, other filters)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays at the stop where the new steps have it, and a pause stays a pause', () => {
    const { result, rerender } = render(ONE_YEAR);
    expect(result.current.step?.name).toBe('郑州市');
    act(() => result.current.togglePause());
    rerender({ steps: OTHER_YEAR });
    expect(result.current.step?.name).toBe('郑州市');
    expect(result.current.index).toBe(1);
    expect(result.current.paused).toBe(true);
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.step?.name).toBe('郑州市');
    // Moving on counts from the stop kept.
    act(() => result.current.next());
    expect(result.current.step?.name).toBe('洛阳市');
  });

  it('starts from the first stop when the new steps lack the current one, and keeps what it then shows', () => {
    const { result, rerender } = render(ONE_YEAR);
    act(() => result.current.next());
    expect(result.current.step?.name).toBe('南阳市');
    rerender({ steps: OTHER_YEAR });
    expect(result.current.step?.name).toBe('省级');
    // Back to the first steps: the stop shown last (省级 is not among them) does not bring back 南阳.
    rerender({ steps: ONE_YEAR });
    expect(result.current.step?.name).toBe('郑州市');
  });

  it('runs on from the stop kept', () => {
    const { result, rerender } = render(ONE_YEAR);
    rerender({ steps: OTHER_YEAR });
    expect(result.current.step?.name).toBe('郑州市');
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current.step?.name).toBe('洛阳市');
  });
});
