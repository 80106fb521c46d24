// The exchanges behind a figure, with their outcomes and the best practices documented
// from them. Opening it moves the focus to its heading; closing it hands the focus back.
import { useEffect, useId, useRef, useState } from 'react';
import { download, toCsv } from '../csv.ts';
import { exchangesPage } from '../exchanges.ts';
import type { Formats, Language, Translate } from '../i18n.ts';
import type { ExchangeBehindFigure, ExchangeFilter } from '../operations.ts';

export interface Drill {
  title: string;
  filter: ExchangeFilter;
}

interface Props {
  t: Translate;
  f: Formats;
  language: Language;
  token: string;
  drill: Drill;
  onClose: () => void;
  onError: (error: unknown) => void;
}

export function DrillDown({ t, f, language, token, drill, onClose, onError }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [rows, setRows] = useState<ExchangeBehindFigure[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setRows([]);
    exchangesPage(token, drill.filter, language, null, 20, abort.signal)
      .then((page) => {
        setRows(page.exchanges);
        setNext(page.next);
      })
      .catch((error) => abort.signal.aborted || onError(error))
      .finally(() => abort.signal.aborted || setLoading(false));
    heading.current?.focus();
    return () => abort.abort();
  }, [token, drill, language, onError]);

  const more = async () => {
    setLoading(true);
    try {
      const page = await exchangesPage(token, drill.filter, language, next);
      setRows((shown) => [...shown, ...page.exchanges]);
      setNext(page.next);
    } catch (error) {
      onError(error);
    } finally {
      setLoading(false);
    }
  };

  const dates = (e: ExchangeBehindFigure) => [e.startsOn, e.endsOn].filter((d): d is string => !!d).map(f.day).join(' – ');
  const country = (e: ExchangeBehindFigure) => e.request?.requestingMunicipality?.countryCode ?? e.hostCountryCode;
  const topics = (e: ExchangeBehindFigure) => (e.request?.topics ?? []).map((topic) => topic.label ?? topic.code).join(', ');
  const outcomes = (e: ExchangeBehindFigure) => e.outcomes.map((o) => `${t(`kind.${o.kind}`)}: ${o.description}`);
  const practices = (e: ExchangeBehindFigure) => (e.bestPractices ?? []).map((p) => p.title);

  const exportCsv = () =>
    download(
      'exchanges.csv',
      'text/csv;charset=utf-8',
      toCsv(
        [t('column.title'), t('column.format'), t('column.status'), t('column.country'), t('column.dates'), t('column.request'), t('column.topics'), t('column.outcomes'), t('column.bestPractices')],
        rows.map((e) => [
          e.title,
          t(`format.${e.format}`),
          t(`status.${e.status}` as 'status.COMPLETED'),
          f.country(country(e)),
          [e.startsOn, e.endsOn].filter(Boolean).join('/'),
          e.request ? `${e.request.reference} ${e.request.title}` : '',
          topics(e),
          outcomes(e).join('; '),
          practices(e).join('; '),
        ]),
      ),
    );

  return (
    <section className="panel drill" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <div className="figure-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('drill.title', { figure: drill.title })}
        </h2>
        <div className="actions">
          <button type="button" className="secondary small" onClick={exportCsv} disabled={rows.length === 0}>
            {t('action.exportCsv')}
          </button>
          <button type="button" className="secondary small" onClick={onClose}>
            {t('action.close')}
          </button>
        </div>
      </div>
      {loading && rows.length === 0 ? (
        <p role="status">{t('state.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('drill.none')}</p>
      ) : (
        <>
          <p role="status" className="help">
            {t('drill.count', { count: f.integer(rows.length) })}
          </p>
          <ul className="exchange-list">
            {rows.map((e) => (
              <li key={e.id} className="exchange">
                <h3>{e.title}</h3>
                <dl>
                  <dt>{t('column.format')}</dt>
                  <dd>{t(`format.${e.format}`)}</dd>
                  <dt>{t('column.status')}</dt>
                  <dd>{t(`status.${e.status}` as 'status.COMPLETED')}</dd>
                  <dt>{t('column.country')}</dt>
                  <dd>{f.country(country(e))}</dd>
                  <dt>{t('column.dates')}</dt>
                  <dd>{dates(e) || '—'}</dd>
                  {e.request && (
                    <>
                      <dt>{t('column.request')}</dt>
                      <dd>
                        {e.request.reference}: {e.request.title}
                      </dd>
                      <dt>{t('column.topics')}</dt>
                      <dd>{topics(e) || '—'}</dd>
                    </>
                  )}
                  <dt>{t('column.outcomes')}</dt>
                  <dd>{outcomes(e).length ? <ul>{outcomes(e).map((o, i) => <li key={i}>{o}</li>)}</ul> : '—'}</dd>
                  <dt>{t('column.bestPractices')}</dt>
                  <dd>{practices(e).length ? <ul>{practices(e).map((p, i) => <li key={i}>{p}</li>)}</ul> : '—'}</dd>
                </dl>
              </li>
            ))}
          </ul>
          {next && (
            <button type="button" className="secondary" onClick={more} disabled={loading}>
              {t('action.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
