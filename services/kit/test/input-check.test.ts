// The input checks every service reads mutations with, and the one list of languages.
import { describe, expect, it } from 'vitest';
import { shorten } from '../src/errors.ts';
import { countryCode, InputCheck, isTopicCode } from '../src/input-check.ts';
import { languageCode, retiredLanguageCodes } from '../src/languages.ts';
import { Refusal } from '../src/mutation.ts';

describe('languageCode', () => {
  it('takes the ISO 639-1 codes in force, in any case and spacing', () => {
    expect(languageCode(' EN ')).toBe('en');
    expect(languageCode('km')).toBe('km');
    expect(languageCode('zu')).toBe('zu');
  });
  it.each(['xx', 'eng', 'e', '', 'en-GB', ...Object.keys(retiredLanguageCodes)])('refuses %j', (value) => {
    expect(languageCode(value)).toBeNull();
  });
  it('names the code that replaced each retired one, and that code is in force', () => {
    for (const current of Object.values(retiredLanguageCodes)) expect(languageCode(current)).toBe(current);
  });
});

describe('InputCheck', () => {
  it('takes e-mail addresses a maintained validator accepts, internationalised ones too, and refuses markup', () => {
    const check = new InputCheck();
    expect(check.email(' jörg@münchen.de ', 'email')).toBe('jörg@münchen.de');
    expect(check.email('<script>@x.io', 'email')).toBeNull();
    expect(check.email('"<b>"@x.io', 'contactEmail')).toBeNull();
    expect(check.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'email'],
      ['INVALID_INPUT', 'contactEmail'],
    ]);
  });

  it('collects every mistake and refuses them together', () => {
    const check = new InputCheck();
    expect(check.id('not-a-uuid', 'exchangeId')).toBeNull();
    expect(check.text('   ', 'reason', 10)).toBeNull();
    expect(check.text('x'.repeat(11), 'note', 10)).toBeNull();
    expect(check.rating(6, 'overallRating')).toBeNull();
    expect(check.language('xx', 'language')).toBeNull();
    expect(() => check.done()).toThrow(Refusal);
    expect(check.errors).toEqual([
      { code: 'INVALID_INPUT', message: 'exchangeId must be a UUID, got "not-a-uuid"', field: 'exchangeId' },
      { code: 'INVALID_INPUT', message: 'reason is required and cannot be blank', field: 'reason' },
      { code: 'INVALID_INPUT', message: 'note is at most 10 characters, got 11', field: 'note' },
      { code: 'INVALID_INPUT', message: 'overallRating must be a whole number from 1 to 5, got 6', field: 'overallRating' },
      { code: 'INVALID_INPUT', message: 'language must be an ISO 639-1 language code such as en, got "xx"', field: 'language' },
    ]);
  });

  it('hands back values in their stored form, and does not refuse when all is well', () => {
    const check = new InputCheck();
    const id = 'A3BB189E-8BF9-3888-9912-ACE4E6543002';
    expect(check.id(id, 'id')).toBe(id.toLowerCase());
    expect(check.text('  Hello  ', 'title', 10)).toBe('Hello');
    expect(check.optionalText('  ', 'note', 10)).toBeNull();
    expect(check.language(' FR', 'language')).toBe('fr');
    expect(() => check.done()).not.toThrow();
  });

  it('merges repeated ids, or refuses them when asked to', () => {
    const a = '5d1f0c1e-2b7a-4c59-9a34-0d6f3f8b1a01';
    expect(new InputCheck().ids([a, a.toUpperCase()], 'practiceIds', 5)).toEqual([a]);
    const strict = new InputCheck();
    expect(strict.ids([a, a], 'participants', 5, { repeats: 'refuse' })).toEqual([]);
    expect(strict.errors[0]).toMatchObject({ field: 'participants', message: 'participants names an id twice' });
    const many = new InputCheck();
    many.ids([a, a, a], 'associationIds', 2);
    expect(many.errors[0]?.message).toBe('associationIds holds at most 2 ids, got 3');
  });
});

function problems(run: (check: InputCheck) => unknown) {
  const check = new InputCheck();
  run(check);
  return check.errors.map((e) => e.field);
}

describe('countries', () => {
  it('takes ISO 3166-1 country codes in any case and stores them upper-case', () => {
    const check = new InputCheck();
    expect(check.country('gh', 'countryCode')).toBe('GH');
    expect(check.country(' NL ', 'countryCode')).toBe('NL');
    expect(check.country('XK', 'countryCode')).toBe('XK');
    expect(check.errors).toEqual([]);
  });

  it.each(['XX', 'AA', 'ZZ', 'EU', 'UN', 'UK', 'SU', 'QO', 'GHA', 'G', '', '12'])('refuses "%s" as a country', (code) => {
    expect(problems((c) => c.country(code, 'countryCode'))).toEqual(['countryCode']);
    expect(countryCode(code)).toBeNull();
  });
});

describe('languages', () => {
  it('takes ISO 639-1 language codes, lower-cases them and keeps each once, in order', () => {
    const check = new InputCheck();
    expect(check.languages(['ES', 'eu', 'en', 'es'], 'languages')).toEqual(['es', 'eu', 'en']);
    expect(check.errors).toEqual([]);
  });

  it.each([[['xx']], [['eng']], [['und']], [[]], [['en', 'e']], [['en', 'es', 'fr', 'de', 'nl', 'is', 'km', 'pt', 'it', 'sv', 'da']]])(
    'refuses languages %j',
    (codes) => {
      expect(problems((c) => c.languages(codes, 'languages'))).toEqual(['languages']);
    },
  );

  it('refuses a language named twice when asked to', () => {
    const check = new InputCheck();
    check.languages(['en', 'EN'], 'languages', { repeats: 'refuse' });
    expect(check.errors).toEqual([{ code: 'INVALID_INPUT', message: 'languages names "en" more than once', field: 'languages' }]);
  });

  it('refuses a retired language code and names the current one', () => {
    const check = new InputCheck();
    check.languages(['iw'], 'languages');
    check.language('mo', 'language');
    expect(check.errors.map((e) => e.message)).toEqual(['"iw" is a retired language code; use "he"', '"mo" is a retired language code; use "ro"']);
  });
});

describe('contact details', () => {
  it('takes work email addresses of the usual shape and international phone numbers', () => {
    const check = new InputCheck();
    expect(check.email(' george.freeman@agonawest.example ', 'email')).toBe('george.freeman@agonawest.example');
    expect(check.phone('+233  32 000 707', 'phone')).toBe('+233 32 000 707');
    expect(check.phone('+4915112345678901234', 'phone')).toBe('+4915112345678901234');
    expect(check.email(null, 'email')).toBeNull();
    expect(check.phone(undefined, 'phone')).toBeNull();
    expect(check.errors).toEqual([]);
  });

  it('takes internationalised addresses and the characters RFC 5322 allows before the @', () => {
    const check = new InputCheck();
    for (const email of ['jörg@münchen.de', 'δοκιμή@παράδειγμα.δοκιμή', "o'brien+intake@town.example", 'info@xn--mnchen-3ya.de']) {
      expect(check.email(email, 'email')).toBe(email);
    }
    expect(check.errors).toEqual([]);
  });

  it.each([
    'george',
    'george@',
    '@agonawest.example',
    'george@agonawest',
    'george freeman@agonawest.example',
    'a@b..example',
    '',
    '<script>@x.io',
    '"<script>alert(1)</script>"@x.io',
    'george@-agonawest.example',
    'george@agonawest.example>',
    'George <george@agonawest.example>',
    'george@[127.0.0.1]',
  ])('refuses "%s" as an email address', (email) => {
    expect(problems((c) => c.email(email, 'email'))).toEqual(['email']);
  });

  it.each(['233 32 000 707', '+233-32-000-707', '+123456', '+123456789012345678901', '+', '', '+233 (32) 000'])(
    'refuses "%s" as a phone number',
    (phone) => {
      expect(problems((c) => c.phone(phone, 'phone'))).toEqual(['phone']);
    },
  );
});

describe('topic codes', () => {
  it('take exactly what the topic table of the taxonomy takes: lower-case words joined by single hyphens', () => {
    for (const code of ['sanitation', 'solid-waste', 'public-private-partnership']) expect(isTopicCode(code)).toBe(true);
    for (const code of ['Sanitation', 'solid_waste', 'water-', '-water', 'water--supply', 'sdg6', '6-clean-water', '', 'a'.repeat(65)]) {
      expect(isTopicCode(code)).toBe(false);
    }
  });

  it('are read as a list: 1 to 10, each once, trimmed', () => {
    const check = new InputCheck();
    expect(check.topics([' sanitation ', 'drainage'], 'topics')).toEqual(['sanitation', 'drainage']);
    expect(check.topic(' water-supply', 'topics[0].topic')).toBe('water-supply');
    expect(check.errors).toEqual([]);
    expect(problems((c) => c.topics([], 'topics'))).toEqual(['topics']);
    expect(problems((c) => c.topics(['drainage', 'drainage'], 'topics'))).toEqual(['topics']);
    expect(new InputCheck().topics(['drainage', 'drainage'], 'topics', { repeats: 'merge' })).toEqual(['drainage']);
    const wrong = new InputCheck();
    wrong.topics(['water2'], 'topics');
    expect(wrong.errors[0]?.message).toBe('topics must be topic codes such as sanitation or solid-waste, got "water2"');
  });
});

describe('dates', () => {
  it('refuse a window whose end comes before its start, or on the same day when that is not enough', () => {
    const check = new InputCheck();
    check.window({ field: 'startsOn', value: '2027-03-01' }, { field: 'endsOn', value: '2027-03-01' });
    check.window({ field: 'earliestStart', value: null }, { field: 'latestEnd', value: '2027-03-01' });
    expect(check.errors).toEqual([]);
    check.window({ field: 'startsOn', value: '2027-03-02' }, { field: 'endsOn', value: '2027-03-01' });
    check.window({ field: 'earliestStart', value: '2027-03-01' }, { field: 'latestEnd', value: '2027-03-01' }, { sameDay: false });
    expect(check.errors).toEqual([
      { code: 'INVALID_INPUT', message: 'endsOn (2027-03-01) must not come before startsOn (2027-03-02)', field: 'endsOn' },
      { code: 'INVALID_INPUT', message: 'latestEnd (2027-03-01) must be after earliestStart (2027-03-01)', field: 'latestEnd' },
    ]);
  });

  it('refuse a day that has passed as DATE_IN_PAST, and one beyond the latest', () => {
    const bounds = { earliest: '2026-03-10', latest: '2036-03-10' };
    const check = new InputCheck();
    expect(check.day('2026-03-10', 'date', bounds)).toBe('2026-03-10');
    expect(check.day('2026-03-09', 'date', bounds)).toBeNull();
    expect(check.day('2036-03-11', 'date', bounds)).toBeNull();
    expect(check.errors.map((e) => [e.code, e.field])).toEqual([
      ['DATE_IN_PAST', 'date'],
      ['INVALID_INPUT', 'date'],
    ]);
  });
});

describe('shorten', () => {
  it('cuts a value quoted in a message at 40 characters, or as many as asked', () => {
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(shorten('abcdef', 3)).toBe('abc…');
  });
});
