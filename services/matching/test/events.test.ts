import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import { erasedOfficials, expertise, expertProfiles, poolMunicipalities, poolOfficials, poolRatings, poolRequests } from '../src/db/tables.ts';
import { envelope, matchById, matchesOf, official, picture, run, staff, succeed, unknownId, World, type MatchShape, type UserErrorShape, startDemoMatching } from './support.ts';

let subgraph: TestSubgraph<Context>;
const world = () => new World(subgraph);

beforeAll(async () => {
  subgraph = await startDemoMatching();
});
afterAll(() => subgraph?.dispose());

const deliver = (event: EventEnvelope) => subgraph.events.deliver(event);
const now = () => new Date().toISOString();
const db = () => subgraph.database.db;

async function rankFor(requestId: string): Promise<MatchShape[]> {
  const { payload, errors } = await run<{ request: { matches: MatchShape[] } | null; userErrors: UserErrorShape[] }>(subgraph, 'runMatching', { requestId }, staff);
  expect(errors).toBeUndefined();
  expect(payload?.userErrors).toEqual([]);
  return payload!.request!.matches;
}

const factor = (m: MatchShape | undefined, kind: string) => m?.factors?.find((f) => f.factor === kind);

describe('events from other services', () => {
  it('learns municipalities from the directory; a late, older description does not overwrite a newer one', async () => {
    const municipalityId = randomUUID();
    const profile = { municipalityId, name: 'Mombasa', countryCode: 'KE', kind: 'CITY', population: 1_200_000, languages: ['sw', 'en'] };
    expect(await deliver(envelope('MunicipalityRegistered', profile, 'municipalities', '2030-01-01T00:00:00Z'))).toBe(true);
    expect(await deliver(envelope('MunicipalityUpdated', { ...profile, population: 1_300_000 }, 'municipalities', '2030-06-01T00:00:00Z'))).toBe(true);
    expect(await deliver(envelope('MunicipalityUpdated', { ...profile, population: 900_000 }, 'municipalities', '2030-03-01T00:00:00Z'))).toBe(true);
    const [row] = await db().select().from(poolMunicipalities).where(eq(poolMunicipalities.municipalityId, municipalityId));
    expect(row).toMatchObject({ name: 'Mombasa', countryCode: 'KE', kind: 'CITY', population: 1_300_000, languages: ['sw', 'en'] });
  });

  it('learns officials from the directory, even before their municipality, and takes their updates', async () => {
    const w = world();
    const officialId = randomUUID();
    const profile = w.officialProfile(officialId, unknownId);
    await deliver(envelope('OfficialRegistered', profile, 'municipalities', '2030-01-01T00:00:00Z'));
    await deliver(envelope('OfficialUpdated', { ...profile, position: 'Director of Sanitation', languages: ['sw', 'fr'] }, 'municipalities', '2030-02-01T00:00:00Z'));
    const [row] = await db().select().from(poolOfficials).where(eq(poolOfficials.officialId, officialId));
    expect(row).toMatchObject({ municipalityId: unknownId, position: 'Director of Sanitation', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['sw', 'fr'] });
  });

  it('handles each event once: a second delivery of the same envelope returns false and changes nothing', async () => {
    const w = world();
    const { officialId, municipalityId } = await w.registerPeer();
    const requestMunicipality = await w.registerMunicipality();
    const requestId = randomUUID();
    const exchangeId = randomUUID();
    const events: EventEnvelope[] = [
      envelope('MunicipalityRegistered', { municipalityId: randomUUID(), name: 'Arusha', countryCode: 'TZ', kind: 'CITY', population: 620_000, languages: ['sw'] }),
      envelope('MunicipalityUpdated', { municipalityId, name: 'Nakuru', countryCode: 'KE', kind: 'CITY', population: 570_000, languages: ['sw'] }),
      envelope('OfficialRegistered', w.officialProfile(randomUUID(), municipalityId)),
      envelope('OfficialUpdated', { ...w.officialProfile(officialId, municipalityId), position: 'Chief Sanitation Engineer' }),
      envelope('RequestValidated', w.requestProfile(requestId, requestMunicipality)),
      envelope('ExchangeStarted', { exchangeId, requestId, participantOfficialIds: [officialId], at: now() }),
      envelope('ExchangeCompleted', {
        exchangeId, requestId, title: 'Toilets', hostMunicipalityId: requestMunicipality, municipalityIds: [requestMunicipality, municipalityId],
        participantOfficialIds: [officialId], topics: ['sanitation'], at: now(),
      }),
      envelope('EvaluationRecorded', {
        evaluationId: randomUUID(), exchangeId, phase: 'AFTER', respondentRole: 'REQUESTER', overallRating: 4, authorOfficialId: null, ratedOfficialIds: [officialId],
      }),
      envelope('ExchangeCancelled', { exchangeId: randomUUID(), requestId, participantOfficialIds: [officialId], reason: 'Floods', at: now() }),
      envelope('RequestWithdrawn', { requestId, at: now() }),
      envelope('OfficialErased', { officialId }),
    ];
    for (const event of events) {
      expect(await deliver(event), event.type).toBe(true);
      const after = await picture(subgraph);
      expect(await deliver(event), `${event.type} again`).toBe(false);
      expect(await picture(subgraph), `${event.type} again`).toEqual(after);
    }
  });

  it('takes in its stride events about exchanges, evaluations, requests and officials it never heard of', async () => {
    const before = await picture(subgraph);
    expect(await deliver(envelope('RequestWithdrawn', { requestId: randomUUID(), at: now() }))).toBe(true);
    expect(await deliver(envelope('OfficialErased', { officialId: randomUUID() }))).toBe(true);
    expect(await deliver(envelope('ExchangeCancelled', { exchangeId: randomUUID(), requestId: randomUUID(), participantOfficialIds: [], reason: 'None', at: now() }))).toBe(true);
    // Nothing changes but the inbox and a remembered erasure: an id, no personal data.
    expect(await picture(subgraph)).toEqual(before);
    expect(await deliver(envelope('EvaluationRecorded', {
      evaluationId: randomUUID(), exchangeId: randomUUID(), phase: 'AFTER', respondentRole: 'PEER', overallRating: 3, authorOfficialId: null, ratedOfficialIds: [],
    }))).toBe(true);
  });

  it('counts the corrected rating of an evaluation, even when the correction arrives first', async () => {
    const officialId = randomUUID();
    const rating = (evaluationId: string, overallRating: number) => ({
      evaluationId, exchangeId: randomUUID(), phase: 'AFTER' as const, respondentRole: 'REQUESTER' as const, overallRating, authorOfficialId: null, ratedOfficialIds: [officialId],
    });
    const ratingsOf = async () => (await db().select().from(poolRatings).where(eq(poolRatings.officialId, officialId))).map((r) => [r.evaluationId, r.rating]).sort();
    const [first, second] = [randomUUID(), randomUUID()];
    expect(await deliver(envelope('EvaluationRecorded', rating(first, 5)))).toBe(true);
    expect(await deliver(envelope('EvaluationCorrected', { ...rating(first, 2), correctedAt: now() }))).toBe(true);
    expect(await deliver(envelope('EvaluationCorrected', { ...rating(second, 3), correctedAt: now() }))).toBe(true);
    expect(await deliver(envelope('EvaluationRecorded', rating(second, 4)))).toBe(true);
    expect(await ratingsOf()).toEqual([[first, 2], [second, 3]].sort());
  });

  it('ranks the pool as soon as a request is validated', async () => {
    const w = world();
    const { officialId } = await w.registerPeer();
    const requestId = await w.validateRequest();
    const [match] = await matchesOf(subgraph, requestId);
    expect(match).toMatchObject({ status: 'SUGGESTED', rank: 1, official: { id: officialId } });
    const [row] = await db().select().from(poolRequests).where(eq(poolRequests.requestId, requestId));
    expect(row).toMatchObject({ topics: ['sanitation'], languages: ['sw'], earliestStart: `${w.year}-03-01`, withdrawnAt: null });
  });

  it('leaves the matches of a request alone when its validation is told again', async () => {
    // The requests service may tell of a validation once more (its demo, a republished
    // outbox): the secretariat's matches stand, and only runMatching ranks again.
    const w = world();
    await w.registerPeer();
    const municipalityId = await w.registerMunicipality();
    const requestId = randomUUID();
    await deliver(envelope('RequestValidated', w.requestProfile(requestId, municipalityId), 'requests'));
    expect(await matchesOf(subgraph, requestId)).toHaveLength(1);
    await w.registerPeer({ declaration: { topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 30 }] } });
    const before = await picture(subgraph);
    expect(await deliver(envelope('RequestValidated', w.requestProfile(requestId, municipalityId), 'requests'))).toBe(true);
    expect(await picture(subgraph)).toEqual(before);
    expect(await rankFor(requestId)).toHaveLength(2);
  });

  it('compares peers with the official who speaks for the request: the same job ranks first', async () => {
    const w = world();
    const requesterTown = await w.registerMunicipality({ countryCode: 'TZ' });
    // The requester is an elected councillor for environment and health.
    const requester = await w.registerPeer({ municipalityId: requesterTown, functionArea: 'ENVIRONMENT_AND_HEALTH', position: 'Councillor', declaration: null });
    await subgraph.events.deliver(
      envelope('OfficialUpdated', { ...w.officialProfile(requester.officialId, requesterTown, { functionArea: 'ENVIRONMENT_AND_HEALTH', position: 'Councillor' }), mandate: 'ELECTED' }, 'municipalities'),
    );
    // Two peers alike but for their job: one in the requester's area, one in water and sanitation.
    const sameJob = await w.registerPeer({ functionArea: 'ENVIRONMENT_AND_HEALTH', position: 'Environmental Health Officer' });
    const otherJob = await w.registerPeer({ functionArea: 'WATER_AND_SANITATION', position: 'Environmental Health Officer' });
    const requestId = await w.validateRequest({ municipalityId: requesterTown, contactOfficialId: requester.officialId });

    const matches = await matchesOf(subgraph, requestId);
    expect(matches.map((m) => m.official.id)).toEqual([sameJob.officialId, otherJob.officialId]);
    const role = (id: string) => matches.find((m) => m.official.id === id)!.factors!.find((f) => f.factor === 'ROLE_SIMILARITY')!;
    expect(role(sameJob.officialId).explanation).toBe('Works in environment and health, as the requester does; a member of staff, the requester an elected official.');
    expect(role(otherJob.officialId).explanation).toMatch(/^Works in water and sanitation, the requester in environment and health/);
    const [row] = await db().select().from(poolRequests).where(eq(poolRequests.requestId, requestId));
    expect(row!.contactOfficialId).toBe(requester.officialId);

    // Once the requester is erased, the request no longer points at them.
    await subgraph.events.deliver(envelope('OfficialErased', { officialId: requester.officialId }, 'municipalities'));
    const [after] = await db().select().from(poolRequests).where(eq(poolRequests.requestId, requestId));
    expect(after!.contactOfficialId).toBeNull();
  });

  it('keeps a validated request from an unknown municipality without ranking it, and ranks it once the municipality is known', async () => {
    const w = world();
    await w.registerPeer();
    const municipalityId = randomUUID();
    const requestId = await w.validateRequest({ municipalityId });
    expect(await matchesOf(subgraph, requestId)).toEqual([]);
    await deliver(envelope('MunicipalityRegistered', { municipalityId, name: 'Dodoma', countryCode: 'TZ', kind: 'CITY', population: 410_000, languages: ['sw'] }));
    expect(await rankFor(requestId)).toHaveLength(1);
  });

  it('closes a withdrawn request and withdraws its open matches, keeping the answered ones', async () => {
    const w = world();
    const suggested = await w.registerPeer();
    const proposed = await w.registerPeer();
    const accepted = await w.registerPeer();
    const requestId = await w.validateRequest();
    const matchOf = async (officialId: string) => (await matchesOf(subgraph, requestId)).find((m) => m.official.id === officialId)!.id;
    await succeed(subgraph, 'proposeMatch', { matchId: await matchOf(proposed.officialId) }, staff);
    await succeed(subgraph, 'proposeMatch', { matchId: await matchOf(accepted.officialId) }, staff);
    await succeed(subgraph, 'respondToProposal', { matchId: await matchOf(accepted.officialId), accept: true }, official(accepted.officialId));

    const withdrawnAt = new Date(Date.now() + 1_000).toISOString();
    await deliver(envelope('RequestWithdrawn', { requestId, at: withdrawnAt }, 'requests'));
    const after = await matchesOf(subgraph, requestId);
    const statusOf = (officialId: string) => after.find((m) => m.official.id === officialId)!;
    expect(statusOf(suggested.officialId).status).toBe('WITHDRAWN');
    expect(statusOf(proposed.officialId).status).toBe('WITHDRAWN');
    expect(statusOf(accepted.officialId).status).toBe('ACCEPTED');
    expect(statusOf(proposed.officialId).history.at(-1)).toEqual({
      from: 'PROPOSED', to: 'WITHDRAWN', actor: 'SYSTEM', reason: 'The request was withdrawn.', at: withdrawnAt,
    });
    const { payload } = await run<{ userErrors: UserErrorShape[] }>(subgraph, 'runMatching', { requestId }, staff);
    expect(payload?.userErrors[0]?.code).toBe('REQUEST_CLOSED');
  });

  it('takes an erased official out of the pool, withdraws their open matches and never lets a late update bring them back', async () => {
    const w = world();
    const { officialId, municipalityId } = await w.registerPeer();
    const answered = await w.validateRequest();
    const [done] = await matchesOf(subgraph, answered);
    await succeed(subgraph, 'proposeMatch', { matchId: done!.id }, staff);
    await succeed(subgraph, 'respondToProposal', { matchId: done!.id, accept: true }, official(officialId));
    const open = await w.validateRequest();
    const [pending] = await matchesOf(subgraph, open);

    await deliver(envelope('OfficialErased', { officialId }, 'municipalities', '2030-06-01T00:00:00Z'));
    expect((await matchById(subgraph, pending!.id))?.status).toBe('WITHDRAWN');
    expect((await matchById(subgraph, done!.id))?.status).toBe('ACCEPTED');
    expect(await db().select().from(poolOfficials).where(eq(poolOfficials.officialId, officialId))).toEqual([]);
    expect(await db().select().from(expertProfiles).where(eq(expertProfiles.officialId, officialId))).toEqual([]);
    expect(await db().select().from(expertise).where(eq(expertise.officialId, officialId))).toEqual([]);
    expect(await db().select().from(erasedOfficials).where(eq(erasedOfficials.officialId, officialId))).toHaveLength(1);

    // An update sent before the erasure but delivered after it.
    await deliver(envelope('OfficialUpdated', w.officialProfile(officialId, municipalityId), 'municipalities', '2030-05-01T00:00:00Z'));
    expect(await db().select().from(poolOfficials).where(eq(poolOfficials.officialId, officialId))).toEqual([]);
    // Erasure is final: the official's token acts no more.
    const { errors } = await run<{ userErrors: UserErrorShape[] }>(subgraph, 'declareExpertise', w.declaration(), official(officialId));
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['OFFICIAL_ERASED']);
    expect(await rankFor(await w.validateRequest())).toEqual([]);
  });

  it('leaves a peer at their limit of engagements out until the exchange is over, completed or cancelled', async () => {
    const w = world();
    const { officialId } = await w.registerPeer();
    const requestId = randomUUID();
    const started = randomUUID();
    await deliver(envelope('ExchangeStarted', { exchangeId: started, requestId, participantOfficialIds: [officialId, randomUUID()], at: now() }, 'exchanges'));
    expect(await rankFor(await w.validateRequest())).toEqual([]);

    await deliver(envelope('ExchangeCancelled', { exchangeId: started, requestId, participantOfficialIds: [officialId], reason: 'Elections', at: now() }, 'exchanges'));
    const [free] = await rankFor(await w.validateRequest());
    expect(free?.official.id).toBe(officialId);
    expect(factor(free, 'EXPERIENCE')?.value).toBe(0.5);
    expect(factor(free, 'FAIRNESS')?.value).toBe(1);
  });

  it('counts completed exchanges and the ratings peers received after them into EXPERIENCE', async () => {
    const w = world();
    const { officialId } = await w.registerPeer({ declaration: { maxConcurrentEngagements: 2 } });
    const finished = randomUUID();
    const running = randomUUID();
    await deliver(envelope('ExchangeStarted', { exchangeId: finished, requestId: randomUUID(), participantOfficialIds: [officialId], at: now() }, 'exchanges'));
    await deliver(envelope('ExchangeStarted', { exchangeId: running, requestId: randomUUID(), participantOfficialIds: [officialId], at: now() }, 'exchanges'));
    await deliver(envelope('ExchangeCompleted', {
      exchangeId: finished, requestId: randomUUID(), title: 'Toilets', hostMunicipalityId: unknownId, municipalityIds: [], participantOfficialIds: [officialId], topics: [], at: now(),
    }, 'exchanges'));
    const rating = (phase: 'BEFORE' | 'AFTER', overallRating: number) =>
      envelope('EvaluationRecorded', { evaluationId: randomUUID(), exchangeId: finished, phase, respondentRole: 'REQUESTER', overallRating, authorOfficialId: null, ratedOfficialIds: [officialId] }, 'exchanges');
    await deliver(rating('AFTER', 5));
    await deliver(rating('AFTER', 4));
    // Expectations before an exchange are not a judgement of the peer's work, and a rating of 9 is no rating.
    await deliver(rating('BEFORE', 1));
    await deliver(rating('AFTER', 9));

    const [match] = await rankFor(await w.validateRequest());
    expect(factor(match, 'EXPERIENCE')?.explanation).toBe('Took part in 1 completed exchange on the platform, rated 4.5 of 5 on average in 2 evaluations.');
    expect(factor(match, 'FAIRNESS')?.explanation).toBe(
      'Already engaged in 1 exchange on the platform; peers with fewer engagements rank higher, to share the work.',
    );
  });

  describe('re-ranking after the pool changes', () => {
    it('ranks an official once OfficialUpdated says they now speak the language of the request', async () => {
      const w = world();
      const { officialId, municipalityId } = await w.registerPeer({ languages: ['pt'] });
      const requestId = await w.validateRequest();
      expect(await matchesOf(subgraph, requestId)).toEqual([]);

      await deliver(envelope('OfficialUpdated', w.officialProfile(officialId, municipalityId, { languages: ['pt', 'sw'] }), 'municipalities'));
      expect((await rankFor(requestId)).map((m) => m.official.id)).toEqual([officialId]);
    });

    it('ranks an official once they declare the language themselves', async () => {
      const w = world();
      const { officialId } = await w.registerPeer({ languages: ['pt'] });
      const requestId = await w.validateRequest();
      expect(await matchesOf(subgraph, requestId)).toEqual([]);
      await succeed(subgraph, 'declareExpertise', w.declaration({ languages: ['sw'] }), official(officialId));
      expect((await rankFor(requestId)).map((m) => m.official.id)).toEqual([officialId]);
    });

    it('ranks an official once they declare availability within the request window, and re-orders when another declares more', async () => {
      const w = world();
      const late = await w.registerPeer({ declaration: { availability: [{ from: `${w.year}-10-01`, to: `${w.year}-12-31` }] } });
      const shallow = await w.registerPeer({ declaration: { topics: [{ topic: 'sanitation', level: 'PRACTITIONER', yearsOfExperience: 1 }] } });
      const requestId = await w.validateRequest();
      expect((await matchesOf(subgraph, requestId)).map((m) => m.official.id)).toEqual([shallow.officialId]);

      await succeed(subgraph, 'declareExpertise', w.declaration({ availability: [{ from: `${w.year}-09-01`, to: `${w.year}-12-31` }] }), official(late.officialId));
      expect((await rankFor(requestId)).map((m) => m.official.id)).toEqual([late.officialId, shallow.officialId]);

      await succeed(subgraph, 'declareExpertise', w.declaration({ topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 30 }], summary: 'Septic tanks and public toilets, emptied on time, irregularly no more.' }), official(shallow.officialId));
      expect((await rankFor(requestId)).map((m) => m.official.id)).toEqual([shallow.officialId, late.officialId]);
    });
  });
});
