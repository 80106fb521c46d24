// The selection every figure is computed for: a period, a country, a topic, a format.
// Each change applies at once; the choices of country and topic come from the platform.
import { useId } from 'react';
import type { Formats, Translate } from '../i18n.ts';
import type { ExchangeFormat, ImpactFilter, TopicChoice } from '../operations.ts';

const exchangeFormats: ExchangeFormat[] = ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'];

interface Props {
  t: Translate;
  f: Formats;
  filter: ImpactFilter;
  countries: string[];
  topics: TopicChoice[];
  onChange: (filter: ImpactFilter) => void;
}

export function Filters({ t, f, filter, countries, topics, onChange }: Props) {
  const id = useId();
  const set = (change: Partial<ImpactFilter>) => onChange({ ...filter, ...change });
  const byName = [...countries].sort((a, b) => f.country(a).localeCompare(f.country(b)));
  return (
    <section className="panel filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('filters.title')}</h2>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input id={`${id}-from`} name="from" type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => set({ from: e.target.value || null })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input id={`${id}-to`} name="to" type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => set({ to: e.target.value || null })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('filters.country')}</label>
          <select id={`${id}-country`} name="country" value={filter.requesterCountryCode ?? ''} onChange={(e) => set({ requesterCountryCode: e.target.value || null })}>
            <option value="">{t('filters.any')}</option>
            {byName.map((code) => (
              <option key={code} value={code}>
                {f.country(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('filters.topic')}</label>
          <select id={`${id}-topic`} name="topic" value={filter.topic ?? ''} onChange={(e) => set({ topic: e.target.value || null })}>
            <option value="">{t('filters.any')}</option>
            {topics.map((topic) => (
              <optgroup key={topic.code} label={topic.label ?? topic.code}>
                <option value={topic.code}>{topic.label ?? topic.code}</option>
                {(topic.children ?? []).map((child) => (
                  <option key={child.code} value={child.code}>
                    {child.label ?? child.code}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('filters.format')}</label>
          <select id={`${id}-format`} name="format" value={filter.format ?? ''} onChange={(e) => set({ format: (e.target.value || null) as ExchangeFormat | null })}>
            <option value="">{t('filters.any')}</option>
            {exchangeFormats.map((format) => (
              <option key={format} value={format}>
                {t(`format.${format}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-action">
          <button type="button" className="secondary" onClick={() => onChange({})}>
            {t('filters.reset')}
          </button>
        </div>
      </div>
    </section>
  );
}
