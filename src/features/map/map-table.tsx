import type { MapTableRow } from './drill-model';

interface MapTableProps {
  rows: readonly MapTableRow[];
  caption: string;
  /** First column's heading: 地区 or 县（市、区）. */
  regionHeading: string;
  /** The chosen row's code (region or county), shown pressed. */
  chosen: string | null;
  /** Shown in place of the map; otherwise only screen readers read it (and its buttons leave the tab order). */
  shown: boolean;
  onChoose: (row: MapTableRow) => void;
  /** Hover or focus on a row: a chance to fetch what choosing it will need. */
  onPrepare?: (row: MapTableRow) => void;
}

/** The map's numbers as a table: the same regions, the counts by level, rows chosen like a map click. */
export function MapTable({
  rows,
  caption,
  regionHeading,
  chosen,
  shown,
  onChoose,
  onPrepare,
}: MapTableProps) {
  return (
    <div className={shown ? 'map-table' : 'map-table visually-hidden'} data-testid="map-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{regionHeading}</th>
            <th scope="col">市级</th>
            <th scope="col">县级</th>
            <th scope="col">合计</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const choosable = row.kind === 'province' || row.kind === 'prefecture' || row.projects.length > 0;
            return (
              <tr key={`${row.kind}-${row.code}`} className={row.code === chosen ? 'is-chosen' : undefined}>
                <th scope="row">
                  {choosable ? (
                    <button
                      type="button"
                      className="map-table-choose"
                      aria-pressed={row.code === chosen}
                      tabIndex={shown ? undefined : -1}
                      onClick={() => onChoose(row)}
                      onFocus={() => onPrepare?.(row)}
                      onPointerEnter={() => onPrepare?.(row)}
                    >
                      {row.name}
                    </button>
                  ) : (
                    row.name
                  )}
                </th>
                <td>{row.kind === 'province' ? '—' : row.city}</td>
                <td>{row.kind === 'province' || row.kind === 'city' ? '—' : row.county}</td>
                <td>{row.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
