// `pnpm compose`: writes schema/supergraph.graphql, which the gateway serves, and
// schema/api.graphql, the public schema clients build against, from the subgraph SDL files.
// A breaking change to the API schema that schema/breaking-changes.json does not list
// stops it before anything is written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchemaPath, composeSupergraph, supergraphPath } from './compose.ts';
import { compareApiSchemas, describeRefusedChanges, loadAllowedBreakingChanges } from './schema-changes.ts';

const { supergraphSdl, apiSdl } = composeSupergraph();
if (existsSync(apiSchemaPath)) {
  const { refused } = await compareApiSchemas(readFileSync(apiSchemaPath, 'utf8'), apiSdl, loadAllowedBreakingChanges());
  if (refused.length) {
    process.stderr.write(`${describeRefusedChanges(refused)}\nNothing was written.\n`);
    process.exit(1);
  }
}
const files: [path: string, content: string][] = [
  [supergraphPath, supergraphSdl],
  [apiSchemaPath, apiSdl],
];
for (const [path, content] of files) {
  writeFileSync(path, content);
  process.stdout.write(`wrote ${path.replace(process.cwd() + '/', '')}\n`);
}
