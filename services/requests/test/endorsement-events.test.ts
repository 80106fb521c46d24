// An endorsement is told to the other services (RequestEndorsed), and a municipality
// that leaves its association (MunicipalityLeftAssociation) is no longer endorsed by it.
import { describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { envelope } from './fixtures/directory.ts';
import { association, official, requestsSuite } from './fixtures/requests.ts';

const client = requestsSuite();
const george = official('georgeFreeman');
const nalag = association('nalag');

async function submitted() {
  const draft = await client.draft(george);
  return client.succeed('submitRequest', { requestId: draft.id }, george);
}

describe('endorsements and membership', () => {
  it('records RequestEndorsed once, with the association and the time of the endorsement', async () => {
    const request = await submitted();
    const events = await client.eventsOf(() => client.succeed('endorseRequest', { requestId: request.id, note: 'We back it.' }, nalag));
    const endorsed = (await client.request(request.id))!.endorsements[0]!;
    expect(events).toEqual([
      { type: 'RequestEndorsed', payload: { requestId: request.id, associationId: demo.associations.nalag, at: endorsed.endorsedAt } },
    ]);
    // A second endorsement is refused and tells nothing.
    await client.expectNothingChanged(request.id, async () => {
      expect(await client.refused('endorseRequest', { requestId: request.id }, nalag)).toMatchObject([{ code: 'ALREADY_ENDORSED' }]);
    });
  });

  it('forgets a membership when the municipality leaves its association, once', async () => {
    const request = await submitted();
    const left = envelope('MunicipalityLeftAssociation', {
      municipalityId: demo.municipalities.agonaWest,
      associationId: demo.associations.nalag,
      at: new Date().toISOString(),
    });
    expect(await client.subgraph.events.deliver(left)).toBe(true);
    expect(await client.subgraph.events.deliver(left)).toBe(false);
    expect(await client.denied('endorseRequest', { requestId: request.id }, nalag)).toBe('FORBIDDEN');
    // Joining again lets it endorse again.
    await client.subgraph.events.deliver(
      envelope('MunicipalityJoinedAssociation', { municipalityId: demo.municipalities.agonaWest, associationId: demo.associations.nalag }),
    );
    expect((await client.succeed('endorseRequest', { requestId: request.id }, nalag)).endorsements).toHaveLength(1);
  });
});
