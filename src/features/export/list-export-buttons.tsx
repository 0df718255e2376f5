import { useResourceCache } from '../../state/resources';
import { useExportAction } from './use-export-action';
import './export.css';

/** CSV and Excel export of the projects the filters leave. */
export function ListExportButtons() {
  const { busy, run } = useExportAction();
  const cache = useResourceCache();
  const exportAs = (format: 'csv' | 'xlsx') =>
    run(async () => {
      const { exportList } = await import('./export-list');
      return exportList(cache, format);
    });
  return (
    <div className="export-buttons" role="group" aria-label="导出项目列表" aria-busy={busy}>
      <button
        type="button"
        className="export-button"
        title="CSV（UTF-8，Excel 可直接打开）"
        onClick={() => exportAs('csv')}
      >
        导出CSV
      </button>
      <button
        type="button"
        className="export-button"
        title="Excel 工作簿（.xlsx）"
        onClick={() => exportAs('xlsx')}
      >
        导出Excel
      </button>
    </div>
  );
}
