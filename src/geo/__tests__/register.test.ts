import { loadCounties, loadHenan } from '../load';
import { countyMapName, ensureCountyMap, ensureHenanMap, HENAN_MAP, provideMapRegistrar } from '../register';

vi.mock('../load', async (importOriginal) => {
  const real = await importOriginal<typeof import('../load')>();
  return { ...real, loadHenan: vi.fn(real.loadHenan), loadCounties: vi.fn(real.loadCounties) };
});

// One test, in order: register.ts keeps module state (what is registered, the registrar) that cannot be reset.
describe('ensureHenanMap / ensureCountyMap', () => {
  it('registers each map once, retries after a failed load, and holds maps loaded before ECharts came', async () => {
    const registerMap = vi.fn();
    vi.mocked(loadHenan).mockRejectedValueOnce(new Error('chunk failed'));
    await expect(ensureHenanMap()).rejects.toThrow('chunk failed');

    // Loaded before ECharts has come: nothing can be registered yet.
    await Promise.all([ensureHenanMap(), ensureHenanMap()]);
    expect(registerMap).not.toHaveBeenCalled();
    // ECharts comes: the map loaded so far is registered then, once.
    provideMapRegistrar(registerMap);
    await ensureHenanMap();
    expect(registerMap).toHaveBeenCalledTimes(1);
    const [name, geoJson] = registerMap.mock.calls[0]!;
    expect(name).toBe(HENAN_MAP);
    expect(geoJson).toMatchObject({ type: 'FeatureCollection', features: expect.any(Array) });

    // Loaded after: registered on arrival, before the promise a chart awaits resolves.
    await ensureCountyMap('411500');
    expect(registerMap).toHaveBeenCalledTimes(2);
    expect(registerMap.mock.calls[1]![0]).toBe(countyMapName('411500'));
    expect(loadCounties).toHaveBeenCalledTimes(1);
  });
});
