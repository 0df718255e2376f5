import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { paperDrawings } from '../features/paper/paper-drawings-resource';
import { paperView } from '../features/paper/paper-state';
import { useResourceCache } from '../state/resources';
import { sceneResources } from '../state/scene';
import { useDashboard } from '../state/store';
import { selectSceneView } from '../state/use-scene';

/** Longest wait for the report's parts before printing what is there: a stalled download must not hold Ctrl+P. */
const PARTS_WAIT_MS = 8000;

function isPrintKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
}

/**
 * Printing, in every mode. Ctrl+P (⌘P) first loads what the report draws (its drawings' chunk, and a chosen
 * prefecture's county map) and waits until they are here or have failed (or PARTS_WAIT_MS has passed), then
 * shows the report (PaperReport) and opens the print dialog. Printing from the browser menu only gets
 * `beforeprint`, which cannot wait: the report is rendered before it returns (the page is captured right
 * after), with whatever is here. `afterprint` ends it.
 */
export function usePrintReady(): void {
  const cache = useResourceCache();
  useEffect(() => {
    let preparing = false;
    // Rendered now, not on React's schedule: the report's drawings are drawn in this commit.
    const startPrinting = () => flushSync(() => useDashboard.getState().setPrinting(true));
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintKey(event)) return;
      event.preventDefault();
      if (preparing) return;
      preparing = true;
      let timer = 0;
      const waited = new Promise<void>((resolve) => {
        timer = window.setTimeout(resolve, PARTS_WAIT_MS);
      });
      const view = paperView(selectSceneView(useDashboard.getState()));
      const parts = [paperDrawings, ...sceneResources(view)].map((part) =>
        cache.load(part).then(
          () => undefined,
          () => undefined,
        ),
      );
      void Promise.race([Promise.all(parts), waited])
        .then(() => {
          startPrinting();
          window.print();
        })
        .finally(() => {
          window.clearTimeout(timer);
          preparing = false;
        });
    };
    const afterPrint = () => useDashboard.getState().setPrinting(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', startPrinting);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [cache]);
}
