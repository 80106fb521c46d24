// The completed exchanges of the selection as an IATI activity file. The reporting
// organisation is the operator's: its identifier and name default to those given at
// build time (VITE_IATI_ORG_REF, VITE_IATI_ORG_NAME).
import { useId, useState, type FormEvent } from 'react';
import { download } from '../csv.ts';
import { allExchanges } from '../exchanges.ts';
import { iatiActivities, organisationIdentifierPattern } from '../iati.ts';
import type { Formats, Translate } from '../i18n.ts';
import type { ImpactFilter } from '../operations.ts';

interface Props {
  t: Translate;
  f: Formats;
  token: string;
  filter: ImpactFilter;
  onError: (error: unknown) => void;
}

export function IatiExport({ t, f, token, filter, onError }: Props) {
  const id = useId();
  const [ref, setRef] = useState(import.meta.env.VITE_IATI_ORG_REF ?? '');
  const [name, setName] = useState(import.meta.env.VITE_IATI_ORG_NAME ?? 'CONNECT');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    try {
      // English labels: the activities are written in English (xml:lang="en").
      const exchanges = await allExchanges(token, { status: 'COMPLETED', countedIn: filter }, 'en');
      download('connect-iati-activities.xml', 'application/xml', iatiActivities(exchanges, { ref: ref.trim(), name: name.trim() }));
      setDone(exchanges.length);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('iati.title')}</h2>
      <p>{t('iati.explain')}</p>
      <form onSubmit={submit} className="filter-grid">
        <div className="field">
          <label htmlFor={`${id}-ref`}>{t('iati.orgRef')}</label>
          <input
            id={`${id}-ref`}
            name="orgRef"
            required
            pattern={organisationIdentifierPattern.source.slice(1, -1)}
            aria-describedby={`${id}-ref-help`}
            value={ref}
            onChange={(e) => setRef(e.target.value)}
          />
          <p id={`${id}-ref-help`} className="help">
            {t('iati.orgRefHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('iati.orgName')}</label>
          <input id={`${id}-name`} name="orgName" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field field-action">
          <button type="submit" disabled={busy}>
            {t('action.exportIati')}
          </button>
        </div>
      </form>
      {done !== null && (
        <p role="status" className="help">
          {t('iati.done', { count: f.integer(done) })}
        </p>
      )}
    </section>
  );
}
