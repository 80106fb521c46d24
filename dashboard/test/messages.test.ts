import { describe, expect, it } from 'vitest';
import { enumKey, formats, languages, loadCatalog, preferredLanguage, translator } from '../src/i18n.ts';

describe('interface strings in four languages', () => {
  it('has every message in every language, with the same placeholders', async () => {
    const english = await loadCatalog('en');
    for (const language of languages) {
      const catalog = await loadCatalog(language);
      expect(Object.keys(catalog).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
        expect(placeholders(catalog[key as keyof typeof english]), `${language} ${key}`).toEqual(placeholders(text));
        expect(catalog[key as keyof typeof english].trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('names every status, format, kind, phase and side the API returns', () => {
    const values = {
      status: ['DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN', 'PLANNED', 'IN_PROGRESS', 'CANCELLED'],
      format: ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'],
      kind: ['CONCRETE_SOLUTION', 'NEW_IDEA', 'CONNECTION', 'PLAN_ADOPTED'],
      phase: ['BEFORE', 'DURING', 'AFTER'],
      side: ['REQUESTER', 'PEER', 'ASSOCIATION'],
    } as const;
    for (const [prefix, names] of Object.entries(values)) {
      for (const name of names) expect(enumKey(prefix as keyof typeof values, name), `${prefix}.${name}`).toBeDefined();
    }
  });

  it('fills placeholders and formats numbers, days and countries for the locale', async () => {
    expect(translator(await loadCatalog('fr'))('figure.medianDays', { days: '14,0' })).toBe('14,0 jours');
    expect(formats('pt').decimal(4.5)).toBe('4,5');
    expect(formats('en').integer(12345)).toBe('12,345');
    expect(formats('es').day('2017-04-03')).toMatch(/2017/);
    expect(formats('fr').country('GH')).toBe('Ghana');
    expect(formats('de' as 'en').country('XX')).toBe('XX');
  });

  it('picks the reader’s browser language when it is one of the four', () => {
    expect(preferredLanguage(['pt-BR', 'en'])).toBe('pt');
    expect(preferredLanguage(['de-DE', 'es-ES'])).toBe('es');
    expect(preferredLanguage(['de'])).toBe('en');
  });
});
