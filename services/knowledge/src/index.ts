// Starts the knowledge subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { knowledge } from './server.ts';

await runSubgraph(knowledge, process.env);
