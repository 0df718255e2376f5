// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { createResourceCache } from '../../lib/resource-cache';
import { mapChartParts } from '../../features/map/map-chart-resource';
import { ResourceProvider } from '../../state/resources';
import { useDashboard } from '../../state/store';
import { MAP_FIRST_LIMIT_MS, useAfterMapFrame } from '../use-after-map-frame';

const chartChunk = { loaded: true };
/** A cache in which the map chart's chunk is here (or not yet asked for). */
const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(ResourceProvider, {
    cache: createResourceCache(chartChunk.loaded ? [[mapChartParts, { status: 'ready', value: {} }]] : []),
    children,
  });

const fakeChart = {};

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  useDashboard.getState().chartGone('map', fakeChart);
  vi.useRealTimers();
});

describe('useAfterMapFrame', () => {
  it('holds the side columns back until the frame after the map is drawn', async () => {
    chartChunk.loaded = true;
    const { result } = renderHook(() => useAfterMapFrame(), { wrapper });
    expect(result.current).toBe(false);
    await act(async () => {
      useDashboard.getState().chartDrawn('map', fakeChart);
      await Promise.resolve();
    });
    expect(result.current).toBe(false);
    await act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(true);
  });

  it('lets them come after the time limit when the map never draws (it threw)', async () => {
    chartChunk.loaded = true;
    const { result } = renderHook(() => useAfterMapFrame(), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(MAP_FIRST_LIMIT_MS - 1));
    expect(result.current).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current).toBe(true);
  });

  it('does not hold them when the map cannot draw at once (its chart is still loading)', () => {
    chartChunk.loaded = false;
    const { result } = renderHook(() => useAfterMapFrame(), { wrapper });
    expect(result.current).toBe(true);
  });
});
