// The donor dashboard: sign in with a DONOR or STAFF token, choose a selection, read the
// impact figures as charts and tables, open the exchanges behind a figure, and export.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DrillDown, type Drill } from './components/DrillDown.tsx';
import { Filters } from './components/Filters.tsx';
import { FigureTable } from './components/FigureTable.tsx';
import { CountryMap, GroupedBars, IatiExport } from './components/lazy.tsx';
import { CountFigure } from './components/CountFigure.tsx';
import { RequestDrillDown, type RequestDrill } from './components/RequestDrillDown.tsx';
import { SignIn } from './components/SignIn.tsx';
import { request, signInAgain } from './graphql.ts';
import { formats, languageNames, languages, loadCatalog, translator, type Catalog, type Language } from './i18n.ts';
import { ImpactDashboard, ImpactFilterChoices, type DaysBand, type ImpactFigures, type ImpactFilter, type TopicChoice } from './operations.ts';

// The token lives for the browser tab only: closing it signs out.
const tokenKey = 'connect.dashboard.token';

const phases = ['BEFORE', 'DURING', 'AFTER'] as const;
const sides = ['REQUESTER', 'PEER', 'ASSOCIATION'] as const;

interface Props {
  /** Where the chosen language is remembered. */
  languageKey: string;
  /** The language the page opens in, with its messages already loaded. */
  initial: { language: Language; catalog: Catalog };
}

export function App({ languageKey, initial }: Props) {
  const [{ language, catalog }, setLocale] = useState(initial);
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(tokenKey));
  const [refusal, setRefusal] = useState<string>();
  const [filter, setFilter] = useState<ImpactFilter>({});
  const [figures, setFigures] = useState<ImpactFigures>();
  const [choices, setChoices] = useState<{ topics: TopicChoice[]; countries: string[] }>({ topics: [], countries: [] });
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [requestDrill, setRequestDrill] = useState<RequestDrill | null>(null);

  const t = useMemo(() => translator(catalog), [catalog]);
  const f = useMemo(() => formats(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
    localStorage.setItem(languageKey, language);
  }, [language, languageKey, t]);

  const signOut = useCallback((reason?: string) => {
    sessionStorage.removeItem(tokenKey);
    setToken(null);
    setFigures(undefined);
    setDrill(null);
    setRequestDrill(null);
    setRefusal(reason);
  }, []);

  const fail = useCallback(
    (cause: unknown) => {
      if (signInAgain(cause)) signOut(cause.message);
      else setError(cause instanceof Error ? cause.message : String(cause));
    },
    [signOut],
  );

  // The choices follow the language (topic labels) and the token.
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    request(ImpactFilterChoices, { language }, token, abort.signal)
      .then(({ topics, impact }) => setChoices({ topics, countries: impact.exchangesByCountry.map((c) => c.countryCode) }))
      .catch((cause) => abort.signal.aborted || fail(cause));
    return () => abort.abort();
  }, [token, language, fail]);

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    setLoading(true);
    setError(undefined);
    request(ImpactDashboard, { filter }, token, abort.signal)
      .then(({ impact }) => setFigures(impact))
      .catch((cause) => abort.signal.aborted || fail(cause))
      .finally(() => abort.signal.aborted || setLoading(false));
    return () => abort.abort();
  }, [token, filter, fail]);

  // The page switches once the language's messages are there.
  const chooseLanguage = (next: Language) =>
    loadCatalog(next).then(
      (loaded) => setLocale({ language: next, catalog: loaded }),
      (cause) => setError(cause instanceof Error ? cause.message : String(cause)),
    );

  const chooseFilter = (next: ImpactFilter) => {
    setDrill(null);
    setRequestDrill(null);
    setFilter(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as ImpactFilter);
  };

  const signIn = (value: string) => {
    sessionStorage.setItem(tokenKey, value);
    setRefusal(undefined);
    setToken(value);
  };

  const band = (b: DaysBand) =>
    b.toDays === null ? t('days.bandOpen', { from: f.integer(b.fromDays) }) : t('days.band', { from: f.integer(b.fromDays), to: f.integer(b.toDays - 1) });
  const median = (days: number | null) => (days === null ? t('figure.noMedian') : t('figure.medianDays', { days: f.days(days) }));
  // One list behind a figure at a time: the exchanges, or the requests.
  const open = (title: string, extra: Drill['filter'] = {}) => {
    setRequestDrill(null);
    setDrill({ title, filter: { countedIn: filter, ...extra } });
  };
  const openRequests = (r: { status: string; count: number }, title: string) => {
    setDrill(null);
    // The figure names a request's status as the requests service does.
    setRequestDrill({ title, status: r.status as RequestDrill['status'], countedIn: filter, count: r.count });
  };
  const drillCountry = (r: { countryCode: string }, title: string) => open(title, { countedIn: { ...filter, requesterCountryCode: r.countryCode } });

  return (
    <>
      <a className="skip" href="#figures">
        {t('app.skip')}
      </a>
      <header className="top">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="top-actions">
          <label htmlFor="language">{t('app.language')}</label>
          <select id="language" name="language" value={language} onChange={(e) => chooseLanguage(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
          {token && (
            <button type="button" className="secondary" onClick={() => signOut()}>
              {t('signIn.signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="figures" tabIndex={-1}>
        {!token ? (
          <SignIn t={t} onToken={signIn} refusal={refusal} />
        ) : (
          <>
            <Filters t={t} f={f} filter={filter} countries={choices.countries} topics={choices.topics} onChange={chooseFilter} />
            <div aria-live="polite" className="state">
              {loading && <p role="status">{t('state.loading')}</p>}
              {error && (
                <p className="error" role="alert">
                  {t('state.error', { message: error })}
                </p>
              )}
            </div>
            {requestDrill && <RequestDrillDown key={requestDrill.title} t={t} f={f} token={token} drill={requestDrill} onClose={() => setRequestDrill(null)} onError={fail} />}
            {drill && <DrillDown t={t} f={f} language={language} token={token} drill={drill} onClose={() => setDrill(null)} onError={fail} />}
            {figures && (
              <div className="figures" aria-busy={loading}>
                <CountFigure
                  t={t}
                  f={f}
                  name="requests-by-status"
                  title={t('figure.requestsByStatus')}
                  header={t('column.status')}
                  rows={figures.requestsByStatus}
                  code={(r) => r.status}
                  label={(r) => t(`status.${r.status}` as 'status.DRAFT')}
                  behind="requests"
                  onDrill={openRequests}
                />
                <CountFigure
                  t={t}
                  f={f}
                  name="exchanges-by-format"
                  title={t('figure.exchangesByFormat')}
                  header={t('column.format')}
                  rows={figures.exchangesByFormat}
                  code={(r) => r.format}
                  label={(r) => t(`format.${r.format}`)}
                  onDrill={(r, title) => open(title, { countedIn: { ...filter, format: r.format } })}
                />
                <CountFigure
                  t={t}
                  f={f}
                  name="exchanges-by-country"
                  title={t('figure.exchangesByCountry')}
                  header={t('column.country')}
                  rows={figures.exchangesByCountry}
                  code={(r) => r.countryCode}
                  label={(r) => f.country(r.countryCode)}
                  onDrill={drillCountry}
                >
                  {figures.exchangesByCountry.length > 0 && (
                    <CountryMap t={t} f={f} title={t('figure.exchangesByCountry')} rows={figures.exchangesByCountry} onSelect={(r) => drillCountry(r, `${t('figure.exchangesByCountry')}: ${f.country(r.countryCode)}`)} />
                  )}
                </CountFigure>
                <CountFigure
                  t={t}
                  f={f}
                  name="outcomes-by-kind"
                  title={t('figure.outcomesByKind')}
                  header={t('column.kind')}
                  rows={figures.outcomesByKind}
                  code={(r) => r.kind}
                  label={(r) => t(`kind.${r.kind}`)}
                  onDrill={(r, title) => open(title, { outcomeKind: r.kind })}
                />
                <CountFigure
                  t={t}
                  f={f}
                  name="outcomes-by-sdg-target"
                  title={t('figure.outcomesBySdgTarget')}
                  header={t('column.target')}
                  rows={figures.outcomesBySdgTarget}
                  code={(r) => r.target}
                  label={(r) => t('sdg.target', { target: r.target })}
                  onDrill={(r, title) => open(title, { sdgTarget: r.target })}
                />
                <FigureTable
                  t={t}
                  name="average-ratings"
                  title={t('figure.averageRatings')}
                  rows={figures.averageRatings}
                  columns={[
                    { header: t('column.phase'), value: (r) => r.phase, display: (r) => t(`phase.${r.phase}`) },
                    { header: t('column.side'), value: (r) => r.respondentRole, display: (r) => t(`side.${r.respondentRole}`) },
                    { header: t('column.average'), value: (r) => r.average, display: (r) => f.decimal(r.average), numeric: true },
                    { header: t('column.evaluations'), value: (r) => r.count, display: (r) => f.integer(r.count), numeric: true },
                  ]}
                  chart={
                    <GroupedBars
                      data={phases
                        .filter((phase) => figures.averageRatings.some((r) => r.phase === phase))
                        .map((phase) => ({
                          label: t(`phase.${phase}`),
                          ...Object.fromEntries(figures.averageRatings.filter((r) => r.phase === phase).map((r) => [r.respondentRole, r.average])),
                        }))}
                      series={sides.map((side) => ({ key: side, name: t(`side.${side}`) }))}
                      format={f.decimal}
                      domainMax={5}
                    />
                  }
                  rowLabel={(r) => `${t(`phase.${r.phase}`)}, ${t(`side.${r.respondentRole}`)}`}
                  onDrill={(r) =>
                    open(`${t('figure.averageRatings')}: ${t(`phase.${r.phase}`)}, ${t(`side.${r.respondentRole}`)}`, { ratedAt: r.phase, ratedBy: r.respondentRole })
                  }
                />
                <FigureTable
                  t={t}
                  name="days-to-validation-and-exchange"
                  title={t('figure.time')}
                  rows={[
                    ...figures.daysSubmissionToValidation.map((b) => ({ stage: t('figure.daysSubmissionToValidation'), band: b })),
                    ...figures.daysValidationToExchangeStart.map((b) => ({ stage: t('figure.daysValidationToExchangeStart'), band: b })),
                  ]}
                  columns={[
                    { header: t('column.stage'), value: (r) => r.stage },
                    { header: t('column.days'), value: (r) => band(r.band) },
                    { header: t('column.count'), value: (r) => r.band.count, display: (r) => f.integer(r.band.count), numeric: true },
                  ]}
                  chart={
                    <GroupedBars
                      data={[...new Set([...figures.daysSubmissionToValidation, ...figures.daysValidationToExchangeStart].map((b) => b.fromDays))]
                        .sort((a, b) => a - b)
                        .map((from) => {
                          const of = (bands: DaysBand[]) => bands.find((b) => b.fromDays === from)?.count ?? 0;
                          const any = [...figures.daysSubmissionToValidation, ...figures.daysValidationToExchangeStart].find((b) => b.fromDays === from)!;
                          return { label: band(any), validation: of(figures.daysSubmissionToValidation), exchange: of(figures.daysValidationToExchangeStart) };
                        })}
                      series={[
                        { key: 'validation', name: t('figure.daysSubmissionToValidation') },
                        { key: 'exchange', name: t('figure.daysValidationToExchangeStart') },
                      ]}
                      format={f.integer}
                    />
                  }
                >
                  <dl className="medians">
                    <div>
                      <dt>{t('figure.daysSubmissionToValidation')}</dt>
                      <dd>
                        {t('figure.median')}: <strong>{median(figures.medianDaysSubmissionToValidation)}</strong>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('figure.daysValidationToExchangeStart')}</dt>
                      <dd>
                        {t('figure.median')}: <strong>{median(figures.medianDaysValidationToExchangeStart)}</strong>{' '}
                        {figures.medianDaysValidationToExchangeStart !== null && (
                          <button type="button" className="link" onClick={() => open(t('figure.daysValidationToExchangeStart'))}>
                            {t('action.show')}
                          </button>
                        )}
                      </dd>
                    </div>
                  </dl>
                </FigureTable>
                <IatiExport t={t} f={f} token={token} filter={filter} onError={fail} />
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}
