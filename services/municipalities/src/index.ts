// Starts the municipalities subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { municipalities } from './server.ts';

await runSubgraph(municipalities, process.env);
