// One figure: its title, a chart, the table of its numbers (the accessible form), a CSV
// of that table, and where the figure counts exchanges, a button per row that shows them.
import { useId, type ReactNode } from 'react';
import { download, toCsv, type Cell } from '../csv.ts';
import type { Translate } from '../i18n.ts';

export interface Column<R> {
  header: string;
  /** The value as exported. */
  value: (row: R) => Cell;
  /** The value as shown, when it differs (a localised number, a translated name). */
  display?: (row: R) => ReactNode;
  numeric?: boolean;
}

interface Props<R> {
  t: Translate;
  /** Stable name of the figure: the CSV file is named after it, and tests find it by it. */
  name: string;
  title: string;
  rows: R[];
  columns: Column<R>[];
  chart?: ReactNode;
  /** Opens the exchanges behind a row; rows without it have no button. */
  onDrill?: (row: R) => void;
  rowLabel?: (row: R) => string;
  /** What a row's button shows: the exchanges (the default) or the requests behind it. */
  behind?: 'exchanges' | 'requests';
  children?: ReactNode;
}

export function FigureTable<R>({ t, name, title, rows, columns, chart, onDrill, rowLabel, behind = 'exchanges', children }: Props<R>) {
  const id = useId();
  const show = behind === 'requests' ? t('action.showRequestsShort') : t('action.show');
  const exportCsv = () =>
    download(
      `${name}.csv`,
      'text/csv;charset=utf-8',
      toCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => c.value(row))),
      ),
    );
  return (
    <section className="panel figure" aria-labelledby={`${id}-title`} data-figure={name}>
      <div className="figure-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="secondary small" onClick={exportCsv} disabled={rows.length === 0} aria-label={`${t('action.exportCsv')}: ${title}`}>
          {t('action.exportCsv')}
        </button>
      </div>
      {children}
      {rows.length === 0 ? (
        <p className="empty">{t('state.empty')}</p>
      ) : (
        <>
          {chart}
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                      {c.header}
                    </th>
                  ))}
                  {onDrill && (
                    <th scope="col">
                      <span className="visually-hidden">{show}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    {columns.map((c, j) => {
                      const content = c.display ? c.display(row) : c.value(row);
                      return j === 0 ? (
                        <th key={c.header} scope="row">
                          {content}
                        </th>
                      ) : (
                        <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                          {content}
                        </td>
                      );
                    })}
                    {onDrill && (
                      <td>
                        <button
                          type="button"
                          className="link"
                          onClick={() => onDrill(row)}
                          aria-label={t(behind === 'requests' ? 'action.showRequests' : 'action.showExchanges', { figure: `${title}: ${rowLabel?.(row) ?? ''}` })}
                        >
                          {show}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
