// The donor dashboard (the dashboard/ package, a static site) as pages of the gateway's
// HTTP server, under /dashboard/. Outside production it is built first when its dist/ is
// missing or older than its sources, so that `npm start` on a fresh clone serves it;
// production serves what `pnpm build` made, or nothing (and says so).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@connect/kit';

/** The dashboard package, from gateway/src or gateway/dist alike. */
const packageDir = fileURLToPath(new URL('../../dashboard/', import.meta.url));
const distDir = join(packageDir, 'dist');

export const DASHBOARD_PATH = '/dashboard/';

const textTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page runs its own scripts and styles only, calls this origin's /graphql only, and
 * may be framed by no one. Downloads (CSV, IATI XML) are blob: links it makes itself.
 */
const contentSecurityPolicy: Record<string, string[]> = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

export interface DashboardSite {
  /** Pages by path, for the gateway's listener. */
  pages: Record<string, () => Page>;
  /** Whether it was built for this start. */
  built: boolean;
}

/** The newest modification time among the files that make the build. */
function newestSource(): number {
  const sources = ['index.html', 'vite.config.ts', 'package.json', ...readdirSync(join(packageDir, 'src'), { recursive: true }).map((f) => join('src', String(f)))];
  return Math.max(...sources.map((f) => statSync(join(packageDir, f)).mtimeMs));
}

function isStale(): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  return existsSync(join(packageDir, 'src')) && newestSource() > statSync(index).mtimeMs;
}

/** Runs `vite build` in the dashboard package, with the Vite it depends on. */
async function build(): Promise<void> {
  const vite = join(createRequire(join(packageDir, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`Building the dashboard failed:\n${Buffer.concat(output).toString('utf8')}`);
}

/**
 * The dashboard's pages, or undefined when it is not built and may not be built here.
 * `build` allows building it (development); `onBuild` hears that a build starts.
 */
export async function dashboardSite(options: { build: boolean; onBuild?: () => void }): Promise<DashboardSite | undefined> {
  let built = false;
  if (options.build && existsSync(join(packageDir, 'package.json')) && isStale()) {
    options.onBuild?.();
    await build();
    built = true;
  }
  if (!existsSync(join(distDir, 'index.html'))) return undefined;
  const pages: Record<string, () => Page> = {};
  for (const file of readdirSync(distDir, { recursive: true }).map(String)) {
    const contentType = textTypes[extname(file)];
    // Only text: the build inlines no images or fonts (vite.config.ts).
    if (!contentType || !statSync(join(distDir, file)).isFile()) continue;
    const page: Page = {
      contentType,
      body: readFileSync(join(distDir, file), 'utf8'),
      contentSecurityPolicy,
      // Assets carry a hash of their content in their name; the page itself is asked for again each time.
      maxAgeSeconds: file.startsWith(`assets${sep}`) ? 31_536_000 : 0,
    };
    pages[`${DASHBOARD_PATH}${relative(distDir, join(distDir, file)).split(sep).join('/')}`] = () => page;
  }
  const index = pages[`${DASHBOARD_PATH}index.html`]!;
  pages[DASHBOARD_PATH] = index;
  pages[DASHBOARD_PATH.slice(0, -1)] = index;
  return { pages, built };
}
