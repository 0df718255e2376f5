import { useEffect, useRef } from 'react';
import type { MapTableRow } from '../../charts/map/drill-model';

interface MapTableProps {
  rows: readonly MapTableRow[];
  caption: string;
  /** First column's heading: 地区 or 县（市、区）. */
  regionHeading: string;
  /** The chosen row's code (region or county), shown pressed. */
  chosen: string | null;
  /** Shown in place of the map; otherwise only screen readers read it (and its buttons leave the tab order). */
  shown: boolean;
  /** Choosing a row, like a map click; without it the table only reads out (presentation: the tour stays whole). */
  onChoose?: (row: MapTableRow) => void;
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
  const tableRef = useRef<HTMLDivElement>(null);
  const chose = useRef(false);
  // Choosing a prefecture replaces the rows (its counties now): keep the keyboard user in the table.
  useEffect(() => {
    if (!chose.current) return;
    chose.current = false;
    if (!tableRef.current?.contains(document.activeElement))
      tableRef.current?.querySelector<HTMLElement>('.map-table-choose')?.focus();
  }, [caption]);
  return (
    <div ref={tableRef} className={shown ? 'map-table' : 'map-table visually-hidden'} data-testid="map-table">
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
            const choosable =
              onChoose !== undefined &&
              (row.kind === 'province' || row.kind === 'prefecture' || row.projects.length > 0);
            return (
              <tr key={`${row.kind}-${row.code}`} className={row.code === chosen ? 'is-chosen' : undefined}>
                <th scope="row">
                  {choosable ? (
                    <button
                      type="button"
                      className="map-table-choose"
                      aria-pressed={row.code === chosen}
                      tabIndex={shown ? undefined : -1}
                      onClick={() => {
                        chose.current = true;
                        onChoose?.(row);
                      }}
                      onFocus={() => onPrepare?.(row)}
                      onPointerEnter={() => onPrepare?.(row)}
                    >
                      {row.name}
                    </button>
                  ) : (
                    row.name
                  )}
                </th>
                <td>{row.kind === 'province' || row.kind === 'county' ? '—' : row.city}</td>
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
