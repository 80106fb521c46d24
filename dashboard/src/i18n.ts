// Interface strings come from one message file per language; topic labels come from the
// taxonomy (Topic.label(language:)), and numbers, dates and country names from Intl.
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import pt from './messages/pt.json';

export const languages = ['en', 'pt', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];
export type MessageKey = keyof typeof en;

export const catalogs: Record<Language, Record<MessageKey, string>> = { en, pt, fr, es };

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

export function translator(language: Language): Translate {
  const messages = catalogs[language];
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
