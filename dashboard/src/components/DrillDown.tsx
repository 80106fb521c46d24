// The exchanges behind a figure, with their outcomes and the best practices documented
// from them. Opening it moves the focus to its heading; closing it hands the focus back.
import { useCallback } from 'react';
import { download, toCsv } from '../csv.ts';
import { exchangesPage } from '../exchanges.ts';
import type { Formats, Language, Translate } from '../i18n.ts';
import type { ExchangeBehindFigure, ExchangeFilter } from '../operations.ts';
import { usePaged } from '../paging.ts';
import { DrillPanel } from './DrillPanel.tsx';

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
  const load = useCallback(
    (after: string | null, signal?: AbortSignal) =>
      exchangesPage(token, drill.filter, language, after, 20, signal).then((page) => ({ items: page.exchanges, next: page.next })),
    [token, drill, language],
  );
  const list = usePaged(load, onError);
  const rows = list.items;

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
    <DrillPanel
      t={t}
      heading={t('drill.title', { figure: drill.title })}
      opened={drill}
      list={list}
      count={t('drill.count', { count: f.integer(rows.length) })}
      empty={t('drill.none')}
      onExport={exportCsv}
      onClose={onClose}
    >
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
    </DrillPanel>
  );
}
