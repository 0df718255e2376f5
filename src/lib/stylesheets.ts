// Vite inserts a lazy chunk's stylesheet as a <link> through its preload helper, and remembers every stylesheet
// it has asked for, whether it loaded or not: once one has failed, importing the chunk again resolves without
// it, and the screen comes up unstyled. So a retry loads the failed stylesheets itself before importing again.

// Chromium gives a failed link an empty sheet, so the failure is known only from its error event, which does not
// bubble: a capturing listener on the document hears it for every link, from the entry's first run on.
const failed = new WeakSet<HTMLLinkElement>();
if (typeof document !== 'undefined') {
  document.addEventListener(
    'error',
    (event) => {
      const link = event.target;
      if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') failed.add(link);
    },
    true,
  );
}

/** Swaps a link for a fresh copy in the same place (same cascade order); resolves once the copy has loaded. */
function reload(link: HTMLLinkElement): Promise<void> {
  const fresh = link.cloneNode() as HTMLLinkElement;
  const loaded = new Promise<void>((resolve, reject) => {
    fresh.addEventListener('load', () => resolve(), { once: true });
    fresh.addEventListener('error', () => reject(new Error(`Unable to load CSS for ${fresh.href}`)), {
      once: true,
    });
  });
  link.replaceWith(fresh);
  return loaded;
}

/**
 * Downloads again every stylesheet link whose download failed. Resolves when all have loaded, rejects
 * (as a load failure, see isLoadFailure) when one fails again. Nothing to do in dev, where styles are scripts.
 */
export async function reloadFailedStylesheets(): Promise<void> {
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]');
  await Promise.all([...links].filter((link) => failed.has(link)).map(reload));
}
