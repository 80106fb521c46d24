import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateResolverTypes, serviceCodegenConfigs } from '../scripts/codegen.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('resolver types generated from the schemas', () => {
  it('are current in every service: after a change of schema.graphql or codegen.ts, run `pnpm codegen`', async () => {
    const files = await generateResolverTypes(false);
    expect(files).toHaveLength(serviceCodegenConfigs().length);
    for (const { filename, content } of files) {
      const committed = readFileSync(filename, 'utf8');
      expect(committed === content, `${relative(root, filename)} is out of date: run \`pnpm codegen\``).toBe(true);
    }
  });
});
