// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createProject } from '../../../test/data-generators';
import { buildTourSteps } from '../tour-steps';
import { useTour } from '../use-tour';
import type { TourRemote } from '../use-tour';

// Three stops: 郑州, 洛阳, 南阳, one project each.
const STEPS = buildTourSteps(
  ['410100', '410300', '411300'].map((prefecture) => createProject({ level: 'city', prefecture })),
);

function render(remote: TourRemote | null) {
  return renderHook(({ remote }) => useTour(STEPS, 5, () => {}, { remote }), { initialProps: { remote } });
}

describe('useTour with a remote (a screen following a console)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the remote’s stop, runs no timer of its own, and sends its controls to the remote', () => {
    const command = vi.fn();
    const { result } = render({ stepKey: '411300', index: 0, paused: false, command });
    expect(result.current.step?.name).toBe('南阳市');
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.index).toBe(2);
    act(() => result.current.next());
    act(() => result.current.togglePause());
    expect(command.mock.calls).toEqual([['next'], ['toggle-pause']]);
    expect(result.current.index).toBe(2);
  });

  it('falls back to the remote’s index while its stop is not among the steps yet', () => {
    const { result } = render({ stepKey: 'province', index: 1, paused: false, command: () => {} });
    expect(result.current.step?.name).toBe('洛阳市');
  });

  it('carries on from the remote’s stop when the remote goes, running if it ran', () => {
    const { result, rerender } = render({ stepKey: '410300', index: 1, paused: false, command: () => {} });
    rerender({ remote: null });
    expect(result.current.index).toBe(1);
    expect(result.current.paused).toBe(false);
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current.step?.name).toBe('南阳市');
  });

  it('stays paused when a paused remote goes (a pause outlives the console)', () => {
    const { result, rerender } = render({ stepKey: '410300', index: 1, paused: true, command: () => {} });
    expect(result.current.paused).toBe(true);
    rerender({ remote: null });
    expect(result.current.paused).toBe(true);
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.step?.name).toBe('洛阳市');
    act(() => result.current.togglePause());
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current.step?.name).toBe('南阳市');
  });
});
