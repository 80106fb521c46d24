import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, composeSupergraph, supergraphPath } from '../src/compose.ts';

describe('the committed supergraph', () => {
  const composed = composeSupergraph();

  it('is what composing the subgraph SDL files gives today (run `pnpm compose` if not)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composed.supergraphSdl);
  });

  it('has beside it the API schema clients build against, as composed today (run `pnpm compose` if not)', () => {
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(composed.apiSdl);
  });

  it('shows clients no federation machinery in that API schema', () => {
    expect(composed.apiSdl).not.toMatch(/@join__|@link|join__|link__|_Service|_Entity|_entities|_service/);
  });
});
