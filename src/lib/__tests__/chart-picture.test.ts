import { chartPicture, registerChartPicture, whenChartSettled } from '../chart-picture';

const PROVINCE = { note: '全省' };
const LOADING = { note: '全省，郑州市突出显示', pending: '郑州市县区地图' };
const ZHENGZHOU = { place: '郑州市', note: '各县' };

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  // Let pending microtasks (a withdrawn picture's wake-up) run.
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('chart pictures', () => {
  afterEach(() => vi.useRealTimers());

  it('settles at once when nothing is loading, with what is drawn', async () => {
    const withdraw = registerChartPicture('a', PROVINCE);
    await expect(whenChartSettled('a')).resolves.toEqual(PROVINCE);
    withdraw();
    expect(chartPicture('a')).toBeUndefined();
    await expect(whenChartSettled('a')).resolves.toBeUndefined();
  });

  it('waits while a picture is pending, through a view replacing it, until it draws what was chosen', async () => {
    let withdraw = registerChartPicture('b', LOADING);
    const waiting = whenChartSettled('b');
    // The view re-renders: it withdraws the picture and registers the next one in the same commit.
    withdraw();
    withdraw = registerChartPicture('b', { ...LOADING });
    expect(await settled(waiting)).toBe(false);
    withdraw();
    withdraw = registerChartPicture('b', ZHENGZHOU);
    await expect(waiting).resolves.toEqual(ZHENGZHOU);
    withdraw();
  });

  it('stops waiting when the chart goes away', async () => {
    const withdraw = registerChartPicture('c', LOADING);
    const waiting = whenChartSettled('c');
    withdraw();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('takes what is drawn after the limit, when a download hangs', async () => {
    vi.useFakeTimers();
    const withdraw = registerChartPicture('d', LOADING);
    const waiting = whenChartSettled('d', 1000);
    vi.advanceTimersByTime(999);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(waiting).resolves.toEqual(LOADING);
    withdraw();
  });
});
