import { registerMap } from 'echarts/core';
import { loadHenan } from '../load';
import { ensureHenanMap, HENAN_MAP } from '../register';

vi.mock('echarts/core', () => ({ registerMap: vi.fn() }));
vi.mock('../load', async (importOriginal) => {
  const real = await importOriginal<typeof import('../load')>();
  return { ...real, loadHenan: vi.fn(real.loadHenan) };
});

// One test, in order: ensureHenanMap keeps module state that cannot be reset between tests.
describe('ensureHenanMap', () => {
  it('retries after a failed load, then registers henan.json under HENAN_MAP exactly once', async () => {
    vi.mocked(loadHenan).mockRejectedValueOnce(new Error('chunk failed'));
    await expect(ensureHenanMap()).rejects.toThrow('chunk failed');
    expect(registerMap).not.toHaveBeenCalled();

    await Promise.all([ensureHenanMap(), ensureHenanMap()]);
    await ensureHenanMap();
    expect(registerMap).toHaveBeenCalledTimes(1);
    const [name, geoJson] = vi.mocked(registerMap).mock.calls[0]!;
    expect(name).toBe(HENAN_MAP);
    expect(geoJson).toMatchObject({ type: 'FeatureCollection', features: expect.any(Array) });
  });
});
