import type { ReactNode } from 'react';

/** One row of a table with a column per version. */
export interface VersionRow {
  readonly id: string;
  readonly header: ReactNode;
  /** One cell per version, in the versions' order. */
  readonly cells: readonly { readonly text: ReactNode; readonly changed?: boolean; readonly number?: boolean }[];
}

/**
 * The compare view's tables (verdicts, answers that differ, factors): a first column saying what each row is, then a
 * column per version headed by its label. A changed cell is highlighted and says so to screen readers.
 */
export function VersionTable({
  caption,
  firstColumn,
  labels,
  rows,
  changedMark,
}: {
  caption: string;
  firstColumn: string;
  /** The versions' labels, in order. */
  labels: readonly string[];
  rows: readonly VersionRow[];
  /** Said after a changed cell, for screen readers. */
  changedMark?: string;
}) {
  return (
    <div className="table-scroll compare-scroll">
      <table className="data-table compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {labels.map((label, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one column per version, in the versions' fixed order.
              <th key={index} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td
                  className={
                    [cell.changed ? 'is-changed' : '', cell.number ? 'is-number' : ''].join(' ').trim() || undefined
                  }
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per version, in the versions' fixed order.
                  key={index}
                >
                  {cell.text}
                  {cell.changed && changedMark ? <span className="visually-hidden"> {changedMark}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
