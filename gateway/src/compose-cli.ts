// `pnpm compose`: writes schema/supergraph.graphql from the subgraph SDL files.
import { writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from './compose.ts';

writeFileSync(supergraphPath, composeSupergraph().supergraphSdl);
process.stdout.write(`wrote ${supergraphPath.replace(process.cwd() + '/', '')}\n`);
