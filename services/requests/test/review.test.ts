// A draft on its way through review: submitted by its municipality, endorsed by its
// association, validated or rejected by the secretariat, or withdrawn. Each change is
// in the history (who, when, why) and told to the other services by events.
import { describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { envelope } from './fixtures/directory.ts';
import { association, official, requestsSuite, staff, type RequestView } from './fixtures/requests.ts';

const client = requestsSuite();

const george = official('georgeFreeman');
const nalag = association('nalag');
const georgeActor = `OFFICIAL:${demo.officials.georgeFreeman}`;

async function submittedRequest(): Promise<RequestView> {
  const draft = await client.draft(george);
  return client.succeed('submitRequest', { requestId: draft.id }, george);
}

/** The profile every request event carries, as the request reads. */
const profileOf = (request: RequestView) => ({
  requestId: request.id,
  reference: request.reference,
  municipalityId: request.requestingMunicipality.id,
  title: request.title,
  challenge: request.challenge,
  topics: request.topics.map((t) => t.code),
  preferredFormats: request.preferredFormats,
  languages: request.languages,
  earliestStart: request.earliestStart,
  latestEnd: request.latestEnd,
  contactOfficialId: request.contact?.id ?? null,
});

describe('submitting a draft', () => {
  it('sends it to the secretariat, dates it, and tells the others', async () => {
    const draft = await client.draft(george);
    let submitted!: RequestView;
    const events = await client.eventsOf(async () => {
      submitted = await client.succeed('submitRequest', { requestId: draft.id }, george);
    });
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.history.map((t) => [t.from, t.to, t.actor, t.reason])).toEqual([
      [null, 'DRAFT', georgeActor, null],
      ['DRAFT', 'SUBMITTED', georgeActor, null],
    ]);
    expect(submitted.submittedAt).toBe(submitted.history[1]!.at);
    expect(submitted.history[1]!.at > submitted.history[0]!.at).toBe(true);
    expect(events).toEqual([
      {
        type: 'RequestStatusChanged',
        payload: { ...profileOf(submitted), from: 'DRAFT', to: 'SUBMITTED', at: submitted.submittedAt, submittedAt: submitted.submittedAt, validatedAt: null },
      },
    ]);
  });
});

describe('endorsing a request', () => {
  it("lets the municipality's association endorse it once, under review or validated, telling RequestEndorsed", async () => {
    const submitted = await submittedRequest();
    let endorsed!: RequestView;
    const events = await client.eventsOf(async () => {
      endorsed = await client.succeed('endorseRequest', { requestId: submitted.id, note: '  The Assembly and NALAG back this plan. ' }, nalag);
    });
    expect(events).toEqual([
      { type: 'RequestEndorsed', payload: { requestId: submitted.id, associationId: demo.associations.nalag, at: expect.any(String) } },
    ]);
    expect(endorsed.status).toBe('SUBMITTED');
    expect(endorsed.history).toEqual(submitted.history);
    expect(endorsed.endorsements).toEqual([
      { association: { id: demo.associations.nalag }, note: 'The Assembly and NALAG back this plan.', endorsedAt: expect.any(String) },
    ]);

    await client.expectNothingChanged(submitted.id, async () => {
      expect(await client.refused('endorseRequest', { requestId: submitted.id }, nalag)).toEqual([
        { code: 'ALREADY_ENDORSED', field: 'requestId', message: `Your association has already endorsed request ${submitted.reference}` },
      ]);
    });

    // Jinja's market waste request is VALIDATED; its association may still back it, without a note.
    const validated = await client.succeed('endorseRequest', { requestId: demo.requests.jinjaWaste, note: '   ' }, association('ulga'));
    expect(validated.endorsements).toEqual([{ association: { id: demo.associations.ulga }, note: null, endorsedAt: expect.any(String) }]);
  });

  it('lists the endorsements of every association of the municipality, oldest first', async () => {
    // Agona West belongs to NALAG; here it also joins VNG, so that two associations may endorse.
    await client.subgraph.events.deliver(envelope('MunicipalityJoinedAssociation', { associationId: demo.associations.vng, municipalityId: demo.municipalities.agonaWest }));
    const submitted = await submittedRequest();
    await client.succeed('endorseRequest', { requestId: submitted.id, note: 'First.' }, nalag);
    const both = await client.succeed('endorseRequest', { requestId: submitted.id, note: 'Second.' }, association('vng'));
    expect(both.endorsements.map((e) => [e.association.id, e.note])).toEqual([
      [demo.associations.nalag, 'First.'],
      [demo.associations.vng, 'Second.'],
    ]);
  });

  it('refuses a note longer than 2000 characters', async () => {
    const submitted = await submittedRequest();
    await client.expectNothingChanged(submitted.id, async () => {
      expect(await client.refused('endorseRequest', { requestId: submitted.id, note: 'n'.repeat(2001) }, nalag)).toEqual([
        { code: 'INVALID_INPUT', field: 'note', message: 'note is at most 2000 characters, got 2001' },
      ]);
    });
  });
});

describe('validating a request', () => {
  it('records the criteria checked and the note, and tells matching with RequestValidated', async () => {
    const submitted = await submittedRequest();
    let validated!: RequestView;
    const events = await client.eventsOf(async () => {
      validated = await client.succeed(
        'validateRequest',
        { requestId: submitted.id, criteriaChecked: ['DEMAND_DRIVEN', 'PEER_TO_PEER', 'CLEAR_OUTCOME'], note: 'A clear local challenge.' },
        staff,
      );
    });
    expect(validated.status).toBe('VALIDATED');
    expect(validated.validation).toEqual({
      decision: 'VALIDATED',
      criteriaChecked: ['DEMAND_DRIVEN', 'PEER_TO_PEER', 'CLEAR_OUTCOME'],
      note: 'A clear local challenge.',
      decidedAt: validated.history.at(-1)!.at,
    });
    expect(validated.history.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'VALIDATED', actor: 'STAFF', reason: 'A clear local challenge.' });
    const validatedAt = validated.validation!.decidedAt;
    expect(events).toEqual([
      {
        type: 'RequestStatusChanged',
        payload: { ...profileOf(validated), from: 'SUBMITTED', to: 'VALIDATED', at: validatedAt, submittedAt: validated.submittedAt, validatedAt },
      },
      { type: 'RequestValidated', payload: { ...profileOf(validated), submittedAt: validated.submittedAt, validatedAt } },
    ]);
  });

  it('needs at least one criterion, each once, and a note of at most 2000 characters', async () => {
    const submitted = await submittedRequest();
    await client.expectNothingChanged(submitted.id, async () => {
      expect(await client.refused('validateRequest', { requestId: submitted.id, criteriaChecked: [], note: 'n'.repeat(2001) }, staff)).toEqual([
        { code: 'INVALID_INPUT', field: 'criteriaChecked', message: 'criteriaChecked needs at least one of the published criteria' },
        { code: 'INVALID_INPUT', field: 'note', message: 'note is at most 2000 characters, got 2001' },
      ]);
      expect(await client.refused('validateRequest', { requestId: submitted.id, criteriaChecked: ['PUBLIC_BENEFIT', 'PUBLIC_BENEFIT'] }, staff)).toEqual([
        { code: 'INVALID_INPUT', field: 'criteriaChecked', message: 'criteriaChecked names "PUBLIC_BENEFIT" more than once' },
      ]);
      const { errors } = await client.call('validateRequest', { requestId: submitted.id, criteriaChecked: ['FEASIBLE_WITHIN_A_YEAR'] }, staff);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('validates without a note', async () => {
    const submitted = await submittedRequest();
    const validated = await client.succeed('validateRequest', { requestId: submitted.id, criteriaChecked: ['FEASIBLE_WINDOW'] }, staff);
    expect(validated.validation).toMatchObject({ decision: 'VALIDATED', criteriaChecked: ['FEASIBLE_WINDOW'], note: null });
    expect(validated.history.at(-1)!.reason).toBeNull();
  });

  it('takes one decision when two staff decide at the same moment', async () => {
    const submitted = await submittedRequest();
    const [validate, reject] = await Promise.all([
      client.call('validateRequest', { requestId: submitted.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff),
      client.call('rejectRequest', { requestId: submitted.id, reason: 'Asks for capital.' }, staff),
    ]);
    const outcomes = [validate.payload!, reject.payload!];
    expect(outcomes.filter((p) => p.request !== null)).toHaveLength(1);
    expect(outcomes.flatMap((p) => p.userErrors.map((e) => e.code))).toEqual(['TRANSITION_NOT_ALLOWED']);
    const decided = await client.request(submitted.id);
    expect(decided!.history.filter((t) => t.from === 'SUBMITTED')).toHaveLength(1);
  });
});

describe('rejecting a request', () => {
  it('needs a reason, which becomes the note of the decision and the reason in the history', async () => {
    const submitted = await submittedRequest();
    await client.expectNothingChanged(submitted.id, async () => {
      expect(await client.refused('rejectRequest', { requestId: submitted.id, reason: '  ' }, staff)).toEqual([
        { code: 'INVALID_INPUT', field: 'reason', message: 'reason is required and cannot be blank' },
      ]);
    });
    let rejected!: RequestView;
    const events = await client.eventsOf(async () => {
      rejected = await client.succeed('rejectRequest', { requestId: submitted.id, reason: 'Asks for construction funding rather than know-how.' }, staff);
    });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.validation).toEqual({
      decision: 'REJECTED',
      criteriaChecked: [],
      note: 'Asks for construction funding rather than know-how.',
      decidedAt: rejected.history.at(-1)!.at,
    });
    expect(rejected.history.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'REJECTED', actor: 'STAFF', reason: 'Asks for construction funding rather than know-how.' });
    expect(events).toEqual([
      {
        type: 'RequestStatusChanged',
        payload: { ...profileOf(rejected), from: 'SUBMITTED', to: 'REJECTED', at: rejected.history.at(-1)!.at, submittedAt: rejected.submittedAt, validatedAt: null },
      },
    ]);
  });
});

describe('withdrawing a request', () => {
  it.each(['DRAFT', 'SUBMITTED', 'VALIDATED'] as const)('withdraws a %s request, with its reason, and tells matching', async (status) => {
    let request = await client.draft(george);
    if (status !== 'DRAFT') request = await client.succeed('submitRequest', { requestId: request.id }, george);
    if (status === 'VALIDATED') request = await client.succeed('validateRequest', { requestId: request.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff);
    let withdrawn!: RequestView;
    const events = await client.eventsOf(async () => {
      withdrawn = await client.succeed('withdrawRequest', { requestId: request.id, reason: 'The district found its own engineers.' }, george);
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
    const last = withdrawn.history.at(-1)!;
    expect(last).toMatchObject({ from: status, to: 'WITHDRAWN', actor: georgeActor, reason: 'The district found its own engineers.' });
    expect(events).toEqual([
      {
        type: 'RequestStatusChanged',
        payload: {
          ...profileOf(withdrawn),
          from: status,
          to: 'WITHDRAWN',
          at: last.at,
          submittedAt: withdrawn.submittedAt,
          validatedAt: withdrawn.validation?.decidedAt ?? null,
        },
      },
      { type: 'RequestWithdrawn', payload: { requestId: request.id, at: last.at, reason: 'The district found its own engineers.' } },
    ]);
  });

  it('withdraws a MATCHED request without a reason', async () => {
    // Battambang's riverside plan is MATCHED in the demo story.
    const withdrawn = await client.succeed('withdrawRequest', { requestId: demo.requests.battambangUrbanPlanning }, official('sokhaChan'));
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.history.at(-1)).toMatchObject({ from: 'MATCHED', to: 'WITHDRAWN', reason: null });
  });
});
