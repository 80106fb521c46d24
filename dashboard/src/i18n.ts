// Interface strings come from one message file per language; topic labels come from the
// taxonomy (Topic.label(language:)), and numbers, dates and country names from Intl.
// English is part of the first load; the other languages load when first chosen.
import en from './messages/en.json';

export const languages = ['en', 'pt', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  pt: () => import('./messages/pt.json'),
  fr: () => import('./messages/fr.json'),
  es: () => import('./messages/es.json'),
};
const loaded = new Map<Language, Promise<Catalog>>([['en', Promise.resolve(en)]]);

/** The message file of a language, fetched once. */
export function loadCatalog(language: Language): Promise<Catalog> {
  let catalog = loaded.get(language);
  if (!catalog) {
    catalog = loaders[language as Exclude<Language, 'en'>]().then((module) => module.default);
    // A failed fetch (offline, a new deployment) may be tried again.
    catalog.catch(() => loaded.delete(language));
    loaded.set(language, catalog);
  }
  return catalog;
}

/** Each language named in itself, for the language switch. */
export const languageNames: Record<Language, string> = { en: 'English', pt: 'Português', fr: 'Français', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The reader's first browser language we speak, else English. */
export function preferredLanguage(wanted: readonly string[]): Language {
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(messages: Catalog): Translate {
  return (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Message keys for values the API names in capitals (statuses, formats, kinds…). */
export function enumKey(prefix: 'status' | 'format' | 'kind' | 'phase' | 'side', value: string): MessageKey | undefined {
  const key = `${prefix}.${value}`;
  return key in en ? (key as MessageKey) : undefined;
}

/** Locale-aware formatting of the figures. */
export function formats(language: Language) {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const days = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  return {
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    /** A number of days, to one decimal when it has one. */
    days: (n: number) => days.format(n),
    /** A calendar day (YYYY-MM-DD) as the locale writes it. */
    day: (day: string) => date.format(new Date(`${day}T00:00:00Z`)),
    country: (code: string) => regions.of(code) ?? code,
  };
}
export type Formats = ReturnType<typeof formats>;
