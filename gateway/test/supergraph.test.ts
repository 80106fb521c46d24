import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from '../src/compose.ts';

describe('the committed supergraph', () => {
  it('is what composing the subgraph SDL files gives today (run `pnpm compose` if not)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph().supergraphSdl);
  });
});
