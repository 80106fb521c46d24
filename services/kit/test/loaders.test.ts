import { describe, expect, it } from 'vitest';
import { loaderOfPages } from '../src/loaders.ts';
import type { PageRequest } from '../src/pagination.ts';

// Requests of municipalities, paged by reference, as the requests service reads them.
const requests = [
  { municipalityId: 'jinja', reference: 'REQ-2018-0001' },
  { municipalityId: 'jinja', reference: 'REQ-2026-0003' },
  { municipalityId: 'jinja', reference: 'REQ-2026-0007' },
  { municipalityId: 'battambang', reference: 'REQ-2026-0002' },
  { municipalityId: 'battambang', reference: 'REQ-2026-0005' },
];
const afterId = '00000000-0000-4000-8000-000000000000';

function requestsOfMunicipalities() {
  const calls: { parents: readonly string[]; page: PageRequest }[] = [];
  const loader = loaderOfPages(
    async (parents: readonly string[], page: PageRequest) => {
      calls.push({ parents, page });
      return parents.flatMap((parent) =>
        requests
          .filter((r) => r.municipalityId === parent && (!page.after || r.reference > page.after.sort))
          .slice(0, page.limit + 1),
      );
    },
    (r) => r.municipalityId,
  );
  return { loader, calls };
}

const references = (rows: { reference: string }[]) => rows.map((r) => r.reference);

describe('a loader of one page of children per parent', () => {
  it('reads the parents that ask for the same page in one call, answering each in key order', async () => {
    const { loader, calls } = requestsOfMunicipalities();
    const page = { limit: 1 };
    const pages = await Promise.all(['battambang', 'jinja', 'deventer'].map((parent) => loader.load({ parent, page })));
    expect(pages.map(references)).toEqual([['REQ-2026-0002', 'REQ-2026-0005'], ['REQ-2018-0001', 'REQ-2026-0003'], []]);
    expect(calls).toEqual([{ parents: ['battambang', 'jinja', 'deventer'], page }]);
  });

  it('reads each distinct page once, and a page asked for twice from the cache', async () => {
    const { loader, calls } = requestsOfMunicipalities();
    const later: PageRequest = { limit: 1, after: { sort: 'REQ-2026-0003', id: afterId } };
    const [first, second, again] = await Promise.all([
      loader.load({ parent: 'jinja', page: { limit: 2 } }),
      loader.load({ parent: 'jinja', page: later }),
      loader.load({ parent: 'jinja', page: { limit: 1, after: { sort: 'REQ-2026-0003', id: afterId } } }),
    ]);
    expect(references(first)).toEqual(['REQ-2018-0001', 'REQ-2026-0003', 'REQ-2026-0007']);
    expect(references(second)).toEqual(['REQ-2026-0007']);
    expect(again).toBe(second);
    expect(calls).toHaveLength(2);
  });
});
