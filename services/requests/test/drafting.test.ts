// An official drafts a request for their own municipality and changes it while it is a
// draft: the reference, the content as stored, the first history entry and the event,
// the checks of every field, and retries with an idempotency key.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { officialRegistered } from './fixtures/directory.ts';
import { draftInput, official, requestsSuite, staff } from './fixtures/requests.ts';

const client = requestsSuite();

const george = official('georgeFreeman');
const grace = official('graceNamutebi');
const year = new Date().getUTCFullYear();
const referencePattern = new RegExp(`^REQ-${year}-\\d{4}$`);

describe('drafting a request', () => {
  it("drafts for the official's own municipality, with the official as contact, and says so in its history and an event", async () => {
    const [event, ...more] = await client.eventsOf(async () => {
      const request = await client.draft(george, { languages: [' EN ', 'fr'], title: '  Flood warnings for the riverside markets ' });
      expect(request).toMatchObject({
        status: 'DRAFT',
        title: 'Flood warnings for the riverside markets',
        topics: [{ code: 'drainage' }, { code: 'climate-adaptation' }],
        preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
        languages: ['en', 'fr'],
        earliestStart: '2027-02-01',
        latestEnd: '2027-07-31',
        submittedAt: null,
        validation: null,
        endorsements: [],
        requestingMunicipality: { id: demo.municipalities.agonaWest },
        contact: { id: demo.officials.georgeFreeman },
        history: [{ from: null, to: 'DRAFT', actor: `OFFICIAL:${demo.officials.georgeFreeman}`, reason: null }],
      });
      expect(request.reference).toMatch(referencePattern);
      expect(request.history[0]!.at).toBe(request.createdAt);
    });
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: 'RequestStatusChanged',
      payload: {
        municipalityId: demo.municipalities.agonaWest,
        title: 'Flood warnings for the riverside markets',
        topics: ['drainage', 'climate-adaptation'],
        preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
        languages: ['en', 'fr'],
        earliestStart: '2027-02-01',
        latestEnd: '2027-07-31',
        from: null,
        to: 'DRAFT',
        submittedAt: null,
        validatedAt: null,
      },
    });
    expect(event!.payload.reference).toMatch(referencePattern);
  });

  it('numbers references within the year of drafting, after the highest one taken', async () => {
    const before = await client.subgraph.execute<{ requests: { nodes: { reference: string }[] } }>({ query: `{ requests(first: 100) { nodes { reference } } }` }, staff);
    const taken = before.data!.requests.nodes.map((n) => n.reference).filter((ref) => ref.startsWith(`REQ-${year}-`));
    const highest = Math.max(0, ...taken.map((ref) => Number(ref.slice(9))));
    const first = await client.draft(grace);
    const second = await client.draft(george);
    expect(first.reference).toBe(`REQ-${year}-${String(highest + 1).padStart(4, '0')}`);
    expect(second.reference).toBe(`REQ-${year}-${String(highest + 2).padStart(4, '0')}`);
  });

  it('gives drafts made at the same moment different, consecutive references: they take turns, none fails', async () => {
    // More at once than a service has database connections: on PostgreSQL they really do race.
    const drafted = await Promise.all(Array.from({ length: 60 }, (_, i) => client.draft(i % 2 ? george : grace, { title: `Simultaneous draft ${i}` })));
    const references = drafted.map((d) => d.reference);
    expect(new Set(references).size).toBe(60);
    for (const reference of references) expect(reference).toMatch(referencePattern);
    const numbers = references.map((ref) => Number(ref.slice(9))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(59);
  });

  it('checks every field and reports every problem at once, writing nothing', async () => {
    await client.expectNothingChanged(null, async () => {
      const errors = await client.refused(
        'draftRequest',
        draftInput({
          title: '   ',
          challenge: 'x'.repeat(5001),
          expectedOutcome: '',
          topics: ['Sanitation'],
          preferredFormats: ['STUDY_VISIT', 'STUDY_VISIT'],
          languages: ['xx'],
          earliestStart: '2027-07-31',
          latestEnd: '2027-07-31',
        }),
        george,
      );
      expect(errors).toEqual([
        { code: 'INVALID_INPUT', field: 'title', message: 'title is required and cannot be blank' },
        { code: 'INVALID_INPUT', field: 'challenge', message: 'challenge is at most 5000 characters, got 5001' },
        { code: 'INVALID_INPUT', field: 'expectedOutcome', message: 'expectedOutcome is required and cannot be blank' },
        { code: 'INVALID_INPUT', field: 'topics', message: 'topics must be topic codes such as sanitation or solid-waste, got "Sanitation"' },
        { code: 'INVALID_INPUT', field: 'preferredFormats', message: 'preferredFormats names "STUDY_VISIT" more than once' },
        { code: 'INVALID_INPUT', field: 'languages', message: 'languages must be ISO 639-1 codes such as en or km, got "xx"' },
        { code: 'INVALID_INPUT', field: 'latestEnd', message: 'latestEnd (2027-07-31) must be after earliestStart (2027-07-31)' },
      ]);
    });
  });

  it.each([
    ['no topic', { topics: [] }, 'topics', 'topics needs at least one topic code'],
    ['eleven topics', { topics: Array.from({ length: 11 }, (_, i) => `topic-${i}`) }, 'topics', 'topics holds at most 10 codes'],
    ['a topic named twice', { topics: ['drainage', 'drainage'] }, 'topics', 'topics names "drainage" more than once'],
    ['a topic code that is not kebab case', { topics: ['solid_waste'] }, 'topics', 'topics must be topic codes such as sanitation or solid-waste, got "solid_waste"'],
    ['a topic code with a hyphen at the end', { topics: ['water-'] }, 'topics', 'topics must be topic codes such as sanitation or solid-waste, got "water-"'],
    // Requests once took digits in topic codes; the taxonomy's topic table never holds one.
    ['a topic code with a digit, which no topic of the taxonomy has', { topics: ['sdg6'] }, 'topics', 'topics must be topic codes such as sanitation or solid-waste, got "sdg6"'],
    ['no format', { preferredFormats: [] }, 'preferredFormats', 'preferredFormats needs at least one format'],
    ['no language', { languages: [] }, 'languages', 'languages needs at least one language'],
    ['a withdrawn ISO 639-1 code', { languages: ['mo'] }, 'languages', '"mo" is a retired language code; use "ro"'],
    ['a three-letter code', { languages: ['eng'] }, 'languages', 'languages must be ISO 639-1 codes such as en or km, got "eng"'],
    ['a language named twice', { languages: ['en', 'EN'] }, 'languages', 'languages names "en" more than once'],
    ['a title of 201 characters', { title: 't'.repeat(201) }, 'title', 'title is at most 200 characters, got 201'],
    ['an end before the start', { earliestStart: '2027-03-01', latestEnd: '2027-02-01' }, 'latestEnd', 'latestEnd (2027-02-01) must be after earliestStart (2027-03-01)'],
  ])('refuses %s', async (_, change, field, message) => {
    await client.expectNothingChanged(null, async () => {
      expect(await client.refused('draftRequest', draftInput(change), george)).toEqual([{ code: 'INVALID_INPUT', field, message }]);
    });
  });

  it('drafts without a time window, or with only one end of it', async () => {
    const open = await client.draft(george, { earliestStart: null, latestEnd: null });
    expect(open).toMatchObject({ earliestStart: null, latestEnd: null });
    const startOnly = await client.draft(george, { earliestStart: '2027-01-01', latestEnd: undefined });
    expect(startOnly).toMatchObject({ earliestStart: '2027-01-01', latestEnd: null });
  });

  it('refuses days that do not exist as bad input of the Date scalar', async () => {
    const { errors } = await client.call('draftRequest', draftInput({ latestEnd: '2027-02-30' }), george);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('retrying a draft with an idempotency key', () => {
  it('returns the first request for the same key and input, and drafts nothing more', async () => {
    const input = draftInput({ title: 'Retried over a bad connection', idempotencyKey: 'george-flood-warnings-1' });
    const first = await client.succeed('draftRequest', input, george);
    const count = await client.requestCount();
    const events = await client.eventCount();
    const again = await client.succeed('draftRequest', { ...input, topics: [...(input.topics as string[])] }, george);
    expect(again).toEqual(first);
    expect(await client.requestCount()).toBe(count);
    expect(await client.eventCount()).toBe(events);
  });

  it('refuses the same key with a different input, and writes nothing', async () => {
    await client.succeed('draftRequest', draftInput({ idempotencyKey: 'george-flood-warnings-2' }), george);
    await client.expectNothingChanged(null, async () => {
      expect(await client.refused('draftRequest', draftInput({ title: 'Something else', idempotencyKey: 'george-flood-warnings-2' }), george)).toEqual([
        {
          code: 'IDEMPOTENCY_KEY_REUSED',
          field: 'idempotencyKey',
          message: 'This idempotencyKey was already used with a different input; use a new key for a new request',
        },
      ]);
    });
  });

  it("keeps each official's keys apart, and a refused draft does not use up its key", async () => {
    const input = draftInput({ idempotencyKey: 'shared-key' });
    const georges = await client.succeed('draftRequest', input, george);
    const graces = await client.succeed('draftRequest', input, grace);
    expect(graces.id).not.toBe(georges.id);
    expect(graces.requestingMunicipality.id).toBe(demo.municipalities.jinja);

    const invalid = draftInput({ languages: ['xx'], idempotencyKey: 'fixed-on-second-try' });
    expect((await client.refused('draftRequest', invalid, george))[0]?.code).toBe('INVALID_INPUT');
    const fixed = await client.succeed('draftRequest', { ...invalid, languages: ['en'] }, george);
    expect(fixed.status).toBe('DRAFT');
  });
});

describe('changing a draft', () => {
  it('changes only the fields sent, keeps the history, and records no event', async () => {
    const draft = await client.draft(george);
    const events = await client.eventsOf(async () => {
      const changed = await client.succeed(
        'updateRequest',
        { requestId: draft.id, title: 'Flood warnings and drains for the markets', topics: ['drainage'], latestEnd: null },
        george,
      );
      expect(changed).toEqual({
        ...draft,
        title: 'Flood warnings and drains for the markets',
        topics: [{ code: 'drainage' }],
        latestEnd: null,
      });
    });
    expect(events).toEqual([]);
  });

  it('lets any official of the municipality change it, and checks the window as it will be', async () => {
    const draft = await client.draft(george, { earliestStart: '2027-02-01', latestEnd: '2027-07-31' });
    const colleague = { role: 'OFFICIAL' as const, officialId: randomUUID() };
    await client.subgraph.events.deliver(officialRegistered(colleague.officialId, demo.municipalities.agonaWest));
    await client.expectNothingChanged(draft.id, async () => {
      expect(await client.refused('updateRequest', { requestId: draft.id, earliestStart: '2027-08-01' }, colleague)).toEqual([
        { code: 'INVALID_INPUT', field: 'latestEnd', message: 'latestEnd (2027-07-31) must be after earliestStart (2027-08-01)' },
      ]);
    });
    const moved = await client.succeed('updateRequest', { requestId: draft.id, earliestStart: '2027-08-01', latestEnd: '2027-12-31' }, colleague);
    expect(moved).toMatchObject({ earliestStart: '2027-08-01', latestEnd: '2027-12-31', contact: { id: demo.officials.georgeFreeman } });
  });

  it('refuses to clear what a request cannot do without, and invalid values, writing nothing', async () => {
    const draft = await client.draft(george);
    await client.expectNothingChanged(draft.id, async () => {
      expect(
        await client.refused('updateRequest', { requestId: draft.id, title: null, topics: [], preferredFormats: null, languages: ['english'] }, george),
      ).toEqual([
        { code: 'INVALID_INPUT', field: 'title', message: 'title is required and cannot be blank' },
        { code: 'INVALID_INPUT', field: 'topics', message: 'topics needs at least one topic code' },
        { code: 'INVALID_INPUT', field: 'preferredFormats', message: 'preferredFormats needs at least one format' },
        { code: 'INVALID_INPUT', field: 'languages', message: 'languages must be ISO 639-1 codes such as en or km, got "english"' },
      ]);
    });
  });
});

describe('a year of more than 9,999 requests', () => {
  it('numbers on past four digits and keeps lists in number order', async () => {
    // The year's last request so far is number 9,999.
    const last = await client.draft(george, { title: 'The last four-digit request of the year' });
    const ninety = `REQ-${year}-9999`;
    await client.subgraph.database.db.execute(sql`update requests.request set reference = ${ninety} where id = ${last.id}::uuid`);
    const next = await client.draft(george, { title: 'The first five-digit request of the year' });
    expect(next.reference).toBe(`REQ-${year}-10000`);

    const found = await client.subgraph.execute<{ requestByReference: { id: string } | null }>(
      { query: `query($ref: String!) { requestByReference(reference: $ref) { id } }`, variables: { ref: next.reference.toLowerCase() } },
      staff,
    );
    expect(found.data?.requestByReference?.id).toBe(next.id);

    // Paged 50 at a time, 9999 comes before 10000, as numbers do, not as text does.
    type Page = { nodes: { reference: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const pageAfter = async (after: string | null): Promise<Page> => {
      const result = await client.subgraph.execute<{ requests: Page }>(
        {
          query: `query($after: String) { requests(first: 50, after: $after, filter: { municipalityId: "${demo.municipalities.agonaWest}" }) {
            nodes { reference } pageInfo { hasNextPage endCursor } } }`,
          variables: { after },
        },
        staff,
      );
      return result.data!.requests;
    };
    const seen: string[] = [];
    for (let page = await pageAfter(null); ; page = await pageAfter(page.pageInfo.endCursor)) {
      seen.push(...page.nodes.map((n) => n.reference));
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen.indexOf(ninety)).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf(next.reference)).toBe(seen.indexOf(ninety) + 1);
  });
});
