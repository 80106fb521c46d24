// Production runs `node` on dist/ (`pnpm build`), where no TypeScript loader helps:
// package exports must lead plain node to compiled files, relative imports must carry
// .js, and the files read beside the code (each service's schema.graphql) must be
// there. CI builds before testing; elsewhere this waits for `pnpm build`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const built = existsSync(new URL('../platform/dist/index.js', import.meta.url));
const required = process.env.CI === 'true';

// Imports as an operator's process would: by package name, from a package that depends
// on them, with no --conditions flag.
const probe = `
const gateway = await import('@connect/gateway');
const platform = await import('@connect/platform');
const municipalities = await import('@connect/municipalities');
const { readFileSync } = await import('node:fs');
const supergraph = readFileSync(gateway.supergraphPath, 'utf8');
console.log(JSON.stringify({
  gateway: import.meta.resolve('@connect/gateway'),
  platform: import.meta.resolve('@connect/platform'),
  kit: import.meta.resolve('@connect/kit'),
  startPlatform: typeof platform.startPlatform,
  createGateway: typeof gateway.createGateway,
  municipalityTypeDefs: municipalities.municipalities.typeDefs.kind,
  supergraphJoins: supergraph.includes('@join__graph'),
}));
`;

describe.skipIf(!built && !required)('the compiled packages (pnpm build)', () => {
  it('import under plain node, from dist/, with the SDL beside them', async () => {
    expect(built, 'platform/dist/index.js is missing: run `pnpm build` before the tests').toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', probe], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      env: { PATH: process.env.PATH, APOLLO_TELEMETRY_DISABLED: '1' },
    });
    const found = JSON.parse(stdout) as Record<string, unknown>;
    expect(found).toMatchObject({
      startPlatform: 'function',
      createGateway: 'function',
      municipalityTypeDefs: 'Document',
      supergraphJoins: true,
    });
    expect(found.gateway).toMatch(/\/gateway\/dist\/index\.js$/);
    expect(found.platform).toMatch(/\/platform\/dist\/index\.js$/);
    expect(found.kit).toMatch(/\/services\/kit\/dist\/index\.js$/);
  });
});
