// knip over the whole workspace (knip.jsonc): a dependency no package imports, a file no
// entry reaches or an export nobody imports fails the suite, with knip's own list of
// them. `pnpm knip` prints the same list, with hints about the configuration.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const knip = fileURLToPath(new URL('../node_modules/knip/bin/knip.js', import.meta.url));

it('the workspace has no unused dependencies, files or exports', { timeout: 120_000 }, async () => {
  // Configuration files that import a workspace package (codegen.ts) load its sources, as tsx would.
  const found = await promisify(execFile)(process.execPath, ['--conditions=development', knip, '--no-progress', '--no-config-hints'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    () => '',
    (failure: { stdout?: string; stderr?: string; message: string }) => failure.stdout || failure.stderr || failure.message,
  );
  expect(found === '', `knip found what nothing uses (remove it, or say in knip.jsonc why it stays):\n${found}`).toBe(true);
});
