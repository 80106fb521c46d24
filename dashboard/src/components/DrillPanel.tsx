// The frame of what is behind a figure (its exchanges or its requests): a heading that
// takes the focus when it opens, CSV and Close, then the list a page at a
// time with "Load more", or why it is empty.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Translate } from '../i18n.ts';

interface Props {
  t: Translate;
  heading: string;
  /** What was opened: the focus moves to the heading each time it changes. */
  opened: unknown;
  /** The list as read so far (usePaged). */
  list: { items: unknown[]; next: string | null; loading: boolean; more: () => void };
  /** The line that says how many are shown. */
  count: string;
  empty: string;
  /** Downloads what is shown as CSV. */
  onExport: () => void;
  onClose: () => void;
  /** A note under the list, shown even when it is empty. */
  note?: ReactNode;
  /** The list. */
  children: ReactNode;
}

export function DrillPanel({ t, heading, opened, list, count, empty, onExport, onClose, note, children }: Props) {
  const { loading, next, more } = list;
  const shown = list.items.length;
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [opened]);
  return (
    <section className="panel drill" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <div className="figure-head">
        <h2 id={`${id}-title`} ref={title} tabIndex={-1}>
          {heading}
        </h2>
        <div className="actions">
          <button type="button" className="secondary small" onClick={onExport} disabled={shown === 0}>
            {t('action.exportCsv')}
          </button>
          <button type="button" className="secondary small" onClick={onClose}>
            {t('action.close')}
          </button>
        </div>
      </div>
      {loading && shown === 0 ? (
        <p role="status">{t('state.loading')}</p>
      ) : shown === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          <p role="status" className="help">
            {count}
          </p>
          {children}
          {next && (
            <button type="button" className="secondary" onClick={more} disabled={loading}>
              {t('action.more')}
            </button>
          )}
        </>
      )}
      {note}
    </section>
  );
}
