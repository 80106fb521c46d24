// `pnpm codegen`: writes every service's resolver types (src/generated/resolvers.ts) from
// its SDL, through the service's own codegen.ts. The codegen test calls generateResolverTypes
// without writing and compares with the committed files.
import { readdirSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';

const services = new URL('../services/', import.meta.url);

/** The codegen.ts of every service that has one. */
export function serviceCodegenConfigs(): URL[] {
  return readdirSync(services, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => new URL(`${entry.name}/codegen.ts`, services))
    .filter((config) => existsSync(config));
}

/** Every service's generated files, written to disk when `write` is set. */
export async function generateResolverTypes(write: boolean): Promise<{ filename: string; content: string }[]> {
  const files = [];
  for (const url of serviceCodegenConfigs()) {
    const config = ((await import(url.href)) as { default: CodegenConfig }).default;
    files.push(...(await generate({ ...config, silent: true }, write)));
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await generateResolverTypes(true)) console.log(`wrote ${relative(process.cwd(), file.filename)}`);
}
