// A figure that counts things by one dimension (a status, a format, a country, a kind,
// a target): a bar per value, the table, and the way to the exchanges (or the requests)
// behind each value (row button or bar click).
import type { ReactNode } from 'react';
import type { Formats, Translate } from '../i18n.ts';
import { FigureTable } from './FigureTable.tsx';
import { HorizontalBars } from './lazy.tsx';

interface Props<R extends { count: number }> {
  t: Translate;
  f: Formats;
  name: string;
  title: string;
  /** The header of the first column. */
  header: string;
  rows: R[];
  /** The value as the API names it (exported). */
  code: (row: R) => string;
  /** The value as the reader reads it. */
  label: (row: R) => string;
  onDrill?: (row: R, label: string) => void;
  /** Whether a row opens the exchanges (the default) or the requests behind it. */
  behind?: 'exchanges' | 'requests';
  /** Shown above the bar chart (the map of a figure by country). */
  children?: ReactNode;
}

export function CountFigure<R extends { count: number }>({ t, f, name, title, header, rows, code, label, onDrill, behind, children }: Props<R>) {
  const drill = onDrill && ((row: R) => onDrill(row, `${title}: ${label(row)}`));
  return (
    <FigureTable
      t={t}
      name={name}
      title={title}
      rows={rows}
      columns={[
        { header, value: code, display: label },
        { header: t('column.count'), value: (r) => r.count, display: (r) => f.integer(r.count), numeric: true },
      ]}
      chart={
        <HorizontalBars
          data={rows.map((r) => ({ label: label(r), value: r.count }))}
          format={f.integer}
          onSelect={drill && ((i) => drill(rows[i]!))}
        />
      }
      rowLabel={label}
      onDrill={drill}
      behind={behind}
    >
      {children}
    </FigureTable>
  );
}
