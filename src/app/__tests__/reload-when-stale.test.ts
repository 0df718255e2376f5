import { claimReload, failedChunkUrl, isGone } from '../reload-when-stale';

const ORIGIN = 'http://intranet.example';

/** A Storage in memory; `refuse` makes every access throw, as a browser with storage disabled does. */
function memoryStorage(refuse = false): () => Storage {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
  return () => {
    if (refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
    return storage;
  };
}

test('the chunk a failed preload names, on the page’s own origin only', () => {
  const js = new TypeError(
    `Failed to fetch dynamically imported module: ${ORIGIN}/assets/charts-section-a1.js`,
  );
  expect(failedChunkUrl(js, ORIGIN)).toBe(`${ORIGIN}/assets/charts-section-a1.js`);
  const css = new Error(`Unable to preload CSS for ${ORIGIN}/assets/present-screen-b2.css`);
  expect(failedChunkUrl(css, ORIGIN)).toBe(`${ORIGIN}/assets/present-screen-b2.css`);
  expect(failedChunkUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeNull();
  expect(failedChunkUrl(new Error('x http://elsewhere.example/a.js'), ORIGIN)).toBeNull();
});

test('a chunk is gone when the server says 404 or 410, or serves an HTML page in its stead', () => {
  const answer = (status: number, type: string) => ({
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers({ 'content-type': type }),
  });
  expect(isGone(answer(404, 'text/plain'))).toBe(true);
  expect(isGone(answer(410, 'text/plain'))).toBe(true);
  expect(isGone(answer(200, 'text/html; charset=utf-8'))).toBe(true);
  expect(isGone(answer(200, 'text/javascript'))).toBe(false);
  expect(isGone(answer(502, 'text/html'))).toBe(false);
});

test('the tab reloads once per missing chunk, never in a loop', () => {
  const storage = memoryStorage();
  expect(claimReload(storage, `${ORIGIN}/assets/a.js`)).toBe(true);
  expect(claimReload(storage, `${ORIGIN}/assets/a.js`)).toBe(false);
  // A later deploy's chunk gets its own reload.
  expect(claimReload(storage, `${ORIGIN}/assets/b.js`)).toBe(true);
});

test('refused storage: no reload, since a loop could not be ruled out', () => {
  expect(claimReload(memoryStorage(true), `${ORIGIN}/assets/a.js`)).toBe(false);
});

test('a garbled record counts as none, and is written anew', () => {
  for (const garbage of ['{"not":"a list"}', 'not json']) {
    const storage = memoryStorage();
    storage().setItem('chucai:reloaded-for', garbage);
    expect(claimReload(storage, `${ORIGIN}/assets/a.js`)).toBe(true);
    expect(claimReload(storage, `${ORIGIN}/assets/a.js`)).toBe(false);
  }
});
