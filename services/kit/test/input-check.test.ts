// The input checks every service reads mutations with, and the one list of languages.
import { describe, expect, it } from 'vitest';
import { InputCheck, languageCode, Refusal, retiredLanguageCodes } from '../src/index.ts';

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
      { code: 'INVALID_INPUT', message: 'reason must not be empty', field: 'reason' },
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
