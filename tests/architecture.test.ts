// The dependency rules of the floor plan (docs/architecture.md), read from the imports
// themselves: no service imports another service, the gateway imports only the kit,
// the kit imports nothing of ours, and nothing reaches past a package's index (the
// `exports` of its package.json). A failure names the rule and every offending import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every workspace package folder, from pnpm-workspace.yaml (`dir` or `dir/*`; exclusions aside). */
function packageFolders(): string[] {
  const { packages } = parse(read('pnpm-workspace.yaml')) as { packages: string[] };
  return packages
    .filter((pattern) => !pattern.startsWith('!'))
    .flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(new URL(pattern.slice(0, -1), root)).map((name) => `${pattern.slice(0, -1)}${name}`)
        : [pattern],
    )
    .filter((folder) => existsSync(new URL(`${folder}/package.json`, root)));
}

type ExportTarget = string | null | ExportTarget[] | { [key: string]: ExportTarget };
/** The conditions the cruise below resolves with, as tsx and vitest do in this workspace. */
const conditions = ['development', 'import', 'node', 'default'];

/** Node's choice among conditions: the first key, in the manifest's order, that is active. */
function chosen(value: ExportTarget): string | undefined {
  if (value === null || typeof value === 'string') return value ?? undefined;
  if (Array.isArray(value)) return value.map(chosen).find((file) => file !== undefined);
  const key = Object.keys(value).find((name) => conditions.includes(name));
  return key === undefined ? undefined : chosen(value[key]!);
}

/** The files a package's `exports` (or `main`) lets others import, as the cruise resolves them. */
function entryFiles(folder: string): string[] {
  const manifest = JSON.parse(read(`${folder}/package.json`)) as { exports?: ExportTarget; main?: string };
  const { exports = manifest.main ?? null } = manifest;
  // `exports` is either a map of subpaths ('.', './testing') or the target of '.' alone.
  const subpaths =
    exports !== null && typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'))
      ? Object.values(exports)
      : [exports];
  return subpaths
    .map(chosen)
    .filter((file): file is string => file !== undefined)
    .map((file) => `${folder}/${file.replace(/^\.\//, '')}`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folders = packageFolders();
const entries = folders.flatMap(entryFiles);
/** A module in any of our packages, its folder captured as $1 where a rule's `from` uses it. */
const ours = `^(${folders.map(escape).join('|')})/`;

const rules: IForbiddenRuleType[] = [
  {
    name: 'a service imports only the kit',
    comment: 'What a service needs of another arrives by event and is kept in its projections.',
    severity: 'error',
    from: { path: '^services/(?!kit/)([^/]+)/' },
    to: { path: ours, pathNot: '^services/($1|kit)/' },
  },
  {
    name: 'the kit imports nothing of ours',
    severity: 'error',
    from: { path: '^services/kit/' },
    to: { path: ours, pathNot: '^services/kit/' },
  },
  {
    // Fails while the one-process platform (platform.ts, start.ts, synthetic.ts,
    // seed-synthetic.ts, token-cli.ts) still lives in gateway/src: it moves to platform/.
    name: 'the gateway imports only the kit',
    severity: 'error',
    from: { path: '^gateway/' },
    to: { path: ours, pathNot: '^(gateway|services/kit)/' },
  },
  {
    name: 'the platform imports no tests',
    severity: 'error',
    from: { path: '^platform/' },
    to: { path: '^tests/' },
  },
  {
    name: 'nothing imports past a package index',
    comment: "Another package is reached only through the files its package.json's exports name.",
    severity: 'error',
    from: { path: ours },
    to: { path: ours, pathNot: [`^$1/`, ...entries.map((file) => `^${escape(file)}$`)] },
  },
  {
    name: 'another package is imported by its name',
    comment: 'A relative path into another package bypasses its exports and its place in package.json.',
    severity: 'error',
    from: { path: ours },
    to: { path: ours, pathNot: `^$1/`, dependencyTypes: ['local'] },
  },
  {
    name: 'every import of ours resolves',
    comment: "An @connect/ import resolves when the importer's package.json lists the package and its exports name the path.",
    severity: 'error',
    from: {},
    to: { path: '^@connect/', couldNotResolve: true },
  },
];

async function cruiseWorkspace(): Promise<ICruiseResult> {
  const { output } = await cruise(
    folders.filter((folder) => existsSync(new URL(folder, root))),
    {
      baseDir: new URL('.', root).pathname,
      ruleSet: { forbidden: rules },
      validate: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(node_modules|dist|drizzle)/' },
      // Type-only imports count too: they tie packages together just as much.
      tsPreCompilationDeps: true,
      skipAnalysisNotInRules: true,
      enhancedResolveOptions: {
        exportsFields: ['exports'],
        conditionNames: conditions,
        extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
      },
    },
  );
  return typeof output === 'string' ? (JSON.parse(output) as ICruiseResult) : output;
}

const result = await cruiseWorkspace();

/** The rule's violations as "from -> to (import 'specifier')" lines. */
function offences(rule: string): string[] {
  return result.summary.violations
    .filter((violation) => violation.rule.name === rule)
    .map(({ from, to }) => {
      const specifier = result.modules
        .find((module) => module.source === from)
        ?.dependencies.find((dependency) => dependency.resolved === to)?.module;
      return `${from} -> ${to}${specifier ? ` (import '${specifier}')` : ''}`;
    });
}

describe('the dependency rules', () => {
  it('read every package index, with workspace imports resolved to their sources', () => {
    const sources = new Set(result.modules.map((module) => module.source));
    const code = entries.filter((file) => /\.[cm]?[jt]sx?$/.test(file));
    for (const file of code) expect(sources.has(file), `exports target ${file} was not read`).toBe(true);
    // If @connect/kit stopped resolving to services/kit/src, every rule would pass unseen.
    const gatewayImports = result.modules.filter((module) => module.source.startsWith('gateway/src/'));
    const kitImport = gatewayImports.flatMap((module) => module.dependencies).find((d) => d.module === '@connect/kit');
    expect(kitImport?.resolved).toBe('services/kit/src/index.ts');
  });

  for (const rule of rules) {
    it(rule.name!, () => {
      const found = offences(rule.name!);
      expect(found, `${rule.name}${rule.comment ? ` (${rule.comment})` : ''}:\n  ${found.join('\n  ')}\n`).toHaveLength(0);
    });
  }
});
