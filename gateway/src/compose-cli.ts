// `pnpm compose`: writes schema/supergraph.graphql, which the gateway serves, and
// schema/api.graphql, the public schema clients build against, from the subgraph SDL files.
import { writeFileSync } from 'node:fs';
import { apiSchemaPath, composeSupergraph, supergraphPath } from './compose.ts';

const { supergraphSdl, apiSdl } = composeSupergraph();
const files: [path: string, content: string][] = [
  [supergraphPath, supergraphSdl],
  [apiSchemaPath, apiSdl],
];
for (const [path, content] of files) {
  writeFileSync(path, content);
  process.stdout.write(`wrote ${path.replace(process.cwd() + '/', '')}\n`);
}
