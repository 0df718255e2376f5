/** A chart's numbers as a table: a caption, column headings, and rows whose first cell names the row. */
export interface TableData {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly [string, ...(string | number)[]])[];
}

/**
 * The data behind a chart as an HTML table, for screen readers (visually hidden: the chart shows the same).
 * Rows are headed by their first cell, so each number is read with its row and column.
 */
export function DataTable({ table }: { table: TableData }) {
  // The wrapper hides it: a table box ignores the 1-px width and would widen the page.
  return (
    <div className="visually-hidden">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([head, ...cells]) => (
            <tr key={head}>
              <th scope="row">{head}</th>
              {cells.map((cell, i) => (
                <td key={table.columns[i + 1] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
