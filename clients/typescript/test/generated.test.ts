import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateClient, manifestPath } from '../codegen.ts';
import { ImpactDashboardDocument } from '../src/index.ts';

const root = new URL('../../../', import.meta.url);

describe('the generated client', () => {
  it('is what codegen gives from the committed schema and operations today (run `pnpm codegen:client` if not)', async () => {
    const files = await generateClient();
    expect([...files.keys()].sort()).toEqual([
      'clients/typescript/src/generated/gql.ts',
      'clients/typescript/src/generated/graphql.ts',
      'clients/typescript/src/generated/index.ts',
      manifestPath,
    ]);
    for (const [path, content] of files) expect(readFileSync(new URL(path, root), 'utf8'), path).toBe(content);
  });

  it('names every documented operation in the manifest by the SHA-256 of its text', () => {
    const manifest = JSON.parse(readFileSync(new URL(manifestPath, root), 'utf8')) as Record<string, string>;
    const names = Object.values(manifest).map((document) => /^(?:query|mutation) (\w+)/.exec(document)?.[1]);
    expect(names.sort()).toEqual(['BestPracticeList', 'ExchangeList', 'FindPeers', 'ImpactDashboard', 'ImpactFilterChoices', 'Inbox', 'MarkNotificationsRead', 'Me', 'RequestOverview', 'RequestsList', 'UpdateExchange']);
    for (const [hash, document] of Object.entries(manifest)) expect(createHash('sha256').update(document).digest('hex')).toBe(hash);
    expect(Object.keys(manifest)).toContain((ImpactDashboardDocument as { __meta__?: { hash?: string } }).__meta__?.hash);
  });
});
