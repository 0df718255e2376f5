import { useResourceCache } from '../../state/resources';
import { useExportAction } from './use-export-action';
import './export.css';

/** 导出PPT: the current view as a 16:9 briefing deck with native charts; the file is made in the browser. */
export function DeckExportButton({
  className = 'export-button export-button-header',
}: {
  className?: string;
}) {
  const { busy, run } = useExportAction();
  const cache = useResourceCache();
  return (
    <button
      type="button"
      className={className}
      aria-busy={busy}
      title="当前视图生成 PowerPoint 汇报（16:9，图表可编辑）"
      onClick={() =>
        run(async () => {
          const { exportDeck } = await import('./export-deck');
          return exportDeck(cache);
        })
      }
    >
      导出PPT
      {/* Seen on every surface, the presentation's title bar included (its buttons have no busy style). */}
      {busy ? <span className="export-busy">（生成中…）</span> : null}
    </button>
  );
}
