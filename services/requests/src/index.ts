// Starts the requests subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { requests } from './server.ts';

await runSubgraph(requests, process.env);
