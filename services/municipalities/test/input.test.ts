import { describe, expect, it } from 'vitest';
import { Refusal } from '@connect/kit';
import { InputCheck } from '../src/input.ts';

function problems(run: (check: InputCheck) => unknown) {
  const check = new InputCheck();
  run(check);
  return check.errors.map((e) => e.field);
}

describe('input of the directory', () => {
  it('takes ISO 3166-1 country codes in any case and stores them upper-case', () => {
    const check = new InputCheck();
    expect(check.countryCode('countryCode', 'gh')).toBe('GH');
    expect(check.countryCode('countryCode', ' NL ')).toBe('NL');
    expect(check.countryCode('countryCode', 'XK')).toBe('XK');
    expect(check.errors).toEqual([]);
  });

  it.each(['XX', 'AA', 'ZZ', 'EU', 'UN', 'UK', 'SU', 'QO', 'GHA', 'G', '', '12'])('refuses "%s" as a country', (code) => {
    expect(problems((c) => c.countryCode('countryCode', code))).toEqual(['countryCode']);
  });

  it('takes ISO 639-1 language codes, lower-cases them and keeps each once, in order', () => {
    const check = new InputCheck();
    expect(check.languages('languages', ['ES', 'eu', 'en', 'es'])).toEqual(['es', 'eu', 'en']);
    expect(check.errors).toEqual([]);
  });

  it.each([[['xx']], [['eng']], [['und']], [[]], [['en', 'e']], [['en', 'es', 'fr', 'de', 'nl', 'is', 'km', 'pt', 'it', 'sv', 'da']]])(
    'refuses languages %j',
    (codes) => {
      expect(problems((c) => c.languages('languages', codes))).toEqual(['languages']);
    },
  );

  it('refuses a retired language code and names the current one', () => {
    const check = new InputCheck();
    check.languages('languages', ['iw']);
    expect(check.errors[0]?.message).toContain('use "he"');
  });

  it('takes work email addresses of the usual shape and international phone numbers', () => {
    const check = new InputCheck();
    expect(check.email('email', ' george.freeman@agonawest.example ')).toBe('george.freeman@agonawest.example');
    expect(check.phone('phone', '+233  32 000 707')).toBe('+233 32 000 707');
    expect(check.phone('phone', '+4915112345678901234')).toBe('+4915112345678901234');
    expect(check.email('email', null)).toBeNull();
    expect(check.errors).toEqual([]);
  });

  it('takes internationalised addresses and the characters RFC 5322 allows before the @', () => {
    const check = new InputCheck();
    for (const email of ['jörg@münchen.de', 'δοκιμή@παράδειγμα.δοκιμή', "o'brien+intake@town.example", 'info@xn--mnchen-3ya.de']) {
      expect(check.email('email', email)).toBe(email);
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
  ])(
    'refuses "%s" as an email address',
    (email) => {
      expect(problems((c) => c.email('email', email))).toEqual(['email']);
    },
  );

  it.each(['233 32 000 707', '+233-32-000-707', '+123456', '+123456789012345678901', '+', '', '+233 (32) 000'])(
    'refuses "%s" as a phone number',
    (phone) => {
      expect(problems((c) => c.phone('phone', phone))).toEqual(['phone']);
    },
  );

  it('collects every problem and refuses them together', () => {
    const check = new InputCheck();
    check.text('name', '   ');
    check.text('position', 'x'.repeat(201));
    check.population('population', -1);
    check.id('municipalityId', '42');
    expect(() => check.done()).toThrow(Refusal);
    expect(check.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'name'],
      ['INVALID_INPUT', 'position'],
      ['INVALID_INPUT', 'population'],
      ['INVALID_INPUT', 'municipalityId'],
    ]);
  });
});
