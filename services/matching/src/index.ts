// Starts the matching subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { matching } from './server.ts';

await runSubgraph(matching, process.env);
