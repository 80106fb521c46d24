// The requests' part of the synthetic world (@connect/kit/synthetic): the benchmark
// requests, validated, with their validation and their history (drafted and submitted by
// a contact official of the requesting municipality, validated by staff, through the
// lifecycle table), and the events those changes would have recorded, written to the
// outbox in bulk beside them: a RequestStatusChanged per step and the RequestValidated
// from which matching opens the request. Which municipality each official speaks for
// arrives from the directory's events.
import type { RequestProfile } from '@connect/kit';
import { BulkRows, bulkLoader, literal, outboxRow, syntheticMarkers, type BenchmarkCase, type RunSql, type WorldLoader } from '@connect/kit/synthetic';
import { nextStatus, type RequestStatus } from './lifecycle.ts';
import { validationCriteria } from './validation-criteria.ts';

const { text, array, date } = literal;

/** When a benchmark request reached `status`. */
const reached = (c: BenchmarkCase, status: RequestStatus) => c.history.find((step) => step.status === status)!.at;

/** What every request event tells of a benchmark request. */
function profileOf(c: BenchmarkCase): RequestProfile {
  const r = c.request;
  return {
    requestId: r.requestId,
    reference: c.reference,
    municipalityId: r.municipality.municipalityId,
    title: c.title,
    challenge: r.challenge,
    topics: r.topics,
    preferredFormats: r.preferredFormats as RequestProfile['preferredFormats'],
    languages: r.languages,
    earliestStart: r.earliestStart,
    latestEnd: r.latestEnd,
    contactOfficialId: c.contactOfficialId,
  };
}

export function syntheticWorld(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    request:
      'requests.request (id, reference, title, challenge, expected_outcome, topics, preferred_formats, languages, municipality_id, contact_official_id, earliest_start, latest_end, status, submitted_at, created_at, updated_at)',
    validation: 'requests.request_validation (request_id, decision, criteria_checked, note, decided_at, decided_by)',
    transition: 'requests.request_transition (id, request_id, from_status, to_status, at, actor, reason)',
    outbox: 'requests.outbox (id, type, payload)',
  });
  return bulkLoader(out, ['request', 'id', syntheticMarkers.requestId], {
    request(c) {
      const r = c.request;
      const id = text(r.requestId);
      const profile = profileOf(c);
      const submittedAt = reached(c, 'SUBMITTED');
      const validatedAt = reached(c, 'VALIDATED');
      // Through the lifecycle table, as every change of status in the requests service.
      let status: RequestStatus | null = null;
      for (const step of c.history) {
        if (status === null ? step.status !== 'DRAFT' : !nextStatus(status, step.status).ok) {
          throw new Error(`benchmark request ${c.reference} cannot move from ${status ?? 'nothing'} to ${step.status}`);
        }
        out.add('transition', `(${text(step.id)}, ${id}, ${status === null ? 'null' : `'${status}'`}, '${step.status}', '${step.at}', ${text(step.actor)}, null)`);
        out.add(
          'outbox',
          outboxRow(step.id, 'RequestStatusChanged', {
            ...profile,
            from: status,
            to: step.status,
            at: step.at,
            submittedAt: step.at >= submittedAt ? submittedAt : null,
            validatedAt: step.status === 'VALIDATED' ? validatedAt : null,
          }),
        );
        status = step.status;
      }
      out.add('outbox', outboxRow(r.requestId, 'RequestValidated', { ...profile, submittedAt, validatedAt }));
      out.add(
        'request',
        `(${id}, ${text(c.reference)}, ${text(c.title)}, ${text(r.challenge)}, ${text(c.expectedOutcome)}, ${array(r.topics)}, ${array(r.preferredFormats)}::requests.exchange_format[], ` +
          `${array(r.languages)}, ${text(r.municipality.municipalityId)}, ${text(c.contactOfficialId)}, ${date(r.earliestStart)}, ${date(r.latestEnd)}, '${status}', ` +
          `'${submittedAt}', '${reached(c, 'DRAFT')}', '${validatedAt}')`,
      );
      out.add(
        'validation',
        `(${id}, 'VALIDATED', ${array(validationCriteria)}::requests.validation_criterion[], 'A benchmark request of the synthetic world.', '${validatedAt}', 'STAFF')`,
      );
    },
  });
}
