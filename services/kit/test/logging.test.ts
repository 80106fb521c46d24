// Logs never hold an email address or phone number, wherever it hides: in the paths
// pino redacts, in nested GraphQL variables, in messages and in error messages.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskContactDetails } from '../src/logging.ts';

/** A logger whose output is collected as text. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger('test', 'debug', destination), output: () => lines.join('') };
}

const emails = ['george.freeman@agonawest.example', 'marta.ibanez@vitoria-gasteiz.example', 'p.vandijk@deventer.example'];
const phones = ['+233 32 000 707', '+34 945 000 101', '+31 570 000 303', '+4915112345678', '0434 000 909'];

function expectNoContactDetails(output: string) {
  for (const email of emails) expect(output).not.toContain(email);
  for (const phone of phones) expect(output).not.toContain(phone);
  expect(output).not.toMatch(/@agonawest|@deventer|@vitoria/);
  expect(output).not.toMatch(/000 707|000 101|000 303|000 909|15112345678/);
}

describe('logging', () => {
  it('redacts contact details in nested variables of an operation', async () => {
    const { log, output } = capturedLogger();
    log.info(
      {
        operation: 'registerOfficial',
        variables: { input: { fullName: 'Okello Peter', email: emails[0], phone: phones[0], contacts: [{ email: emails[1], phone: phones[1] }] } },
        deep: { a: { b: { c: { mail: `write to ${emails[2]}`, tel: `call ${phones[2]}` } } } },
      },
      'operation received',
    );
    expectNoContactDetails(output());
    expect(output()).toContain('Okello Peter');
    expect(output()).toContain('operation received');
  });

  it('masks contact details in messages, interpolation arguments and error messages and stacks', async () => {
    const { log, output } = capturedLogger();
    log.warn(`duplicate email ${emails[0]} for phone ${phones[3]}`);
    log.info('sending to %s and %s', emails[1], phones[4]);
    log.error(new Error(`could not reach ${emails[2]} or ${phones[2]}`));
    log.error({ err: new Error(`bad phone ${phones[1]}`), requestId: 'r-1' }, 'mutation failed');
    const cause = new Error(`while mailing ${emails[0]}`);
    log.error({ errors: [{ message: `Email ${emails[1]} is taken`, extensions: { code: 'CONFLICT' } }], cause }, 'operation failed');
    expectNoContactDetails(output());
    expect(output()).toContain('mutation failed');
    expect(output()).toContain('"type":"Error"');
    expect(output()).toContain('CONFLICT');
  });

  it('leaves ids, dates and times alone', () => {
    const text = 'official 00000000-0000-4000-8000-000000000001 at 2017-04-03T08:00:00Z took 1200 ms on 2017-04-03';
    expect(maskContactDetails(text)).toBe(text);
    for (const date of ['0000-01-01', 'from 0001-12-31 to 0999-06-30', 'postgres://root@127.0.0.1:5432/test', '@apollo/server@5.5.1']) {
      expect(maskContactDetails(date)).toBe(date);
    }
  });

  it.each([
    'jörg@münchen.de',
    'δοκιμή@παράδειγμα.δοκιμή',
    '用户@例子.广告',
    "o'brien+intake@town.example",
    'info@xn--mnchen-3ya.de',
    'a.b_c-d@sub.town.example',
  ])('masks %s, an address the directory accepts', (email) => {
    expect(maskContactDetails(`from ${email}, twice: "${email}"`)).toBe('from [redacted], twice: "[redacted]"');
  });

  it('masks addresses and numbers of the usual shapes', () => {
    expect(maskContactDetails('mail a.b@c.example now')).toBe('mail [redacted] now');
    expect(maskContactDetails('call +233 32 000 707.')).toBe('call [redacted].');
    expect(maskContactDetails('call 0434 000 909')).toBe('call [redacted]');
  });
});
