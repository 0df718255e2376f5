// A browser that kept index.html from an older deploy asks for chunks that the new deploy no longer has. Reloading
// fetches the current index.html, whose chunks exist. A chunk the network dropped is different: reloading then
// would swap a panel's 重试 for the browser's own error page, so the page asks the server first.

/** sessionStorage key: the chunk addresses this tab has already reloaded for. */
const RELOADED_KEY = 'chucai:reloaded-for';
/** Enough to remember a session's deploys; the list never grows without bound. */
const REMEMBERED = 20;

/** The address of the chunk a failed preload names (same origin only), or null when it names none. */
export function failedChunkUrl(error: unknown, origin: string): string | null {
  const text = error instanceof Error ? error.message : String(error);
  const match = /\bhttps?:\/\/[^\s'"]+/.exec(text);
  if (!match) return null;
  const url = new URL(match[0]);
  return url.origin === origin ? url.href : null;
}

/** Whether the server's answer for a chunk says it is gone: 404/410, or an HTML page served in its stead. */
export function isGone(response: Pick<Response, 'ok' | 'status' | 'headers'>): boolean {
  if (response.status === 404 || response.status === 410) return true;
  return response.ok && (response.headers.get('content-type') ?? '').includes('text/html');
}

/** The saved list of addresses; anything else (garbled by hand, an old format) counts as none. */
function reloadedFor(saved: string | null): string[] {
  try {
    const list: unknown = JSON.parse(saved ?? '[]');
    return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Records that the tab reloads for this chunk, once: false when it already did (the reload did not help, so
 * another would loop) or when the storage is refused (then a loop could not be ruled out).
 */
export function claimReload(storage: () => Storage, url: string): boolean {
  try {
    const store = storage();
    const done = reloadedFor(store.getItem(RELOADED_KEY));
    if (done.includes(url)) return false;
    store.setItem(RELOADED_KEY, JSON.stringify([...done, url].slice(-REMEMBERED)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Listens for Vite's `vite:preloadError` (a lazy chunk or its stylesheet failed to load). When the server says
 * the file is gone, the page is stale: it reloads, once per file. Otherwise, and after that one reload, the
 * failure is left to the panel that asked for the chunk (加载失败 and 重试), or to the export's message.
 */
export function reloadWhenStale(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const url = failedChunkUrl(event.payload, window.location.origin);
    if (!url) return;
    void fetch(url, { method: 'HEAD', cache: 'no-store' })
      .then((response) => {
        if (isGone(response) && claimReload(() => window.sessionStorage, url)) window.location.reload();
      })
      // The network is down: a reload would fail too.
      .catch(() => undefined);
  });
}
