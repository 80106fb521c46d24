// The requests behind a count of requests (the requests-by-status figure), a page at a
// time, with the figure's own selection: its status, period, requesting country and
// topic. The count the API gives for the whole list matches the figure's, less the
// drafts a reader may not see. Opening it moves the focus to its heading.
import { useCallback } from 'react';
import { download, toCsv } from '../csv.ts';
import { request } from '../graphql.ts';
import type { Formats, Translate } from '../i18n.ts';
import { RequestList, type ImpactFilter, type RequestBehindFigure, type RequestFilter, type RequestStatus } from '../operations.ts';
import { usePaged } from '../paging.ts';
import { DrillPanel } from './DrillPanel.tsx';

export interface RequestDrill {
  title: string;
  status: RequestStatus;
  /** The figure's selection (its format does not narrow requests). */
  countedIn: ImpactFilter;
  /** How many the figure counts. */
  count: number;
}

/** The list filter that selects what the requests-by-status figure counts for a status. */
export function requestsCountedIn(status: RequestStatus, countedIn: ImpactFilter): RequestFilter {
  return {
    status,
    requesterCountryCode: countedIn.requesterCountryCode,
    topic: countedIn.topic,
    submittedFrom: countedIn.from,
    submittedTo: countedIn.to,
  };
}

interface Props {
  t: Translate;
  f: Formats;
  token: string;
  drill: RequestDrill;
  onClose: () => void;
  onError: (error: unknown) => void;
}

export function RequestDrillDown({ t, f, token, drill, onClose, onError }: Props) {
  const load = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      const { requests } = await request(RequestList, { filter: requestsCountedIn(drill.status, drill.countedIn), first: 20, after }, token, signal);
      return { items: requests.nodes, next: requests.pageInfo.hasNextPage ? requests.pageInfo.endCursor : null, total: requests.totalCount };
    },
    [token, drill],
  );
  const list = usePaged<RequestBehindFigure>(load, onError);
  const { items: rows, total } = list;

  const submitted = (r: RequestBehindFigure) => (r.submittedAt ? f.day(r.submittedAt.slice(0, 10)) : '—');
  // Drafts count in the figure for everyone but are listed only for those who may read them.
  const hidden = drill.status === 'DRAFT' && total !== undefined ? drill.count - total : 0;

  const exportCsv = () =>
    download(
      'requests.csv',
      'text/csv;charset=utf-8',
      toCsv(
        [t('column.reference'), t('column.requestTitle'), t('column.municipality'), t('column.country'), t('column.status'), t('column.submitted')],
        rows.map((r) => [r.reference, r.title, r.requestingMunicipality?.name, r.requestingMunicipality?.countryCode, r.status, r.submittedAt?.slice(0, 10)]),
      ),
    );

  return (
    <DrillPanel
      t={t}
      heading={t('requests.title', { figure: drill.title })}
      opened={drill}
      list={list}
      count={t('requests.count', { shown: f.integer(rows.length), total: f.integer(total ?? rows.length) })}
      empty={t('requests.none')}
      onExport={exportCsv}
      onClose={onClose}
      note={hidden > 0 && <p className="help">{t('requests.hidden', { count: f.integer(hidden) })}</p>}
    >
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('requests.title', { figure: drill.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.reference')}</th>
              <th scope="col">{t('column.requestTitle')}</th>
              <th scope="col">{t('column.municipality')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.reference}</th>
                <td>{r.title}</td>
                <td>{r.requestingMunicipality ? `${r.requestingMunicipality.name} (${f.country(r.requestingMunicipality.countryCode)})` : '—'}</td>
                <td>{t(`status.${r.status}`)}</td>
                <td>{submitted(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DrillPanel>
  );
}
