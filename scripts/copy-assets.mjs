// The second half of `pnpm build`: tsc compiles each package's src/ to dist/, and this
// copies the files beside the code that are not TypeScript (each service's
// schema.graphql, read with `new URL('./schema.graphql', import.meta.url)`), so that
// dist/ runs on its own. Migrations (drizzle/) and the supergraph (schema/) are read
// from their committed places and need no copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['gateway', 'platform', ...readdirSync(join(root, 'services')).map((name) => join('services', name))];

let copied = 0;
for (const pkg of packages) {
  const src = join(root, pkg, 'src');
  if (!existsSync(src)) continue;
  for (const file of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || file.name.endsWith('.ts')) continue;
    const from = join(file.parentPath ?? file.path, file.name);
    const to = join(root, pkg, 'dist', from.slice(src.length + 1));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
}
process.stdout.write(`copied ${copied} non-TypeScript files into dist/\n`);
