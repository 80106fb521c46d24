// Starts the exchanges subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { exchanges } from './server.ts';

await runSubgraph(exchanges, process.env);
