// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { useRetryableLoad } from '../use-retryable-load';

/** A load whose every call the test settles by hand. */
function manualLoad() {
  const calls: { key: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const load = (key: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ key, resolve, reject });
    });
  return { calls, load };
}

describe('useRetryableLoad', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('never hands out an earlier key’s value while the next key loads', async () => {
    const { calls, load } = manualLoad();
    const { result, rerender } = renderHook(({ key }) => useRetryableLoad(key, load, 'test'), {
      initialProps: { key: 'a' as string | null },
    });
    expect(result.current.value).toBeNull();
    await act(async () => calls[0]!.resolve('A'));
    expect(result.current.value).toBe('A');

    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ value: null, failed: false });
    await act(async () => calls[1]!.resolve('B'));
    expect(result.current.value).toBe('B');
  });

  it('reports a failure for its key only; coming back loads again; 重试 loads the same key again', async () => {
    const { calls, load } = manualLoad();
    const { result, rerender } = renderHook(({ key }) => useRetryableLoad(key, load, 'test'), {
      initialProps: { key: 'a' as string | null },
    });
    await act(async () => calls[0]!.reject(new Error('offline')));
    expect(result.current).toMatchObject({ value: null, failed: true });

    rerender({ key: null });
    expect(result.current.failed).toBe(false);
    rerender({ key: 'a' });
    // Loading again, not failed.
    expect(result.current.failed).toBe(false);
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1]!.reject(new Error('offline')));
    expect(result.current.failed).toBe(true);

    act(() => result.current.retry());
    expect(result.current.failed).toBe(false);
    await waitFor(() => expect(calls).toHaveLength(3));
    await act(async () => calls[2]!.resolve('A'));
    expect(result.current).toMatchObject({ value: 'A', failed: false });
  });

  it('draws a value already at hand at once, without loading it', () => {
    const { calls, load } = manualLoad();
    const { result } = renderHook(() => useRetryableLoad('a', load, 'test', (key) => `cached ${key}`));
    expect(result.current.value).toBe('cached a');
    expect(calls).toHaveLength(0);
  });
});
