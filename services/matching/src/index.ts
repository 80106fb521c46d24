// Starts the matching subgraph on its own: the only file that listens.
import { runSubgraph } from '@connect/kit';
import { loadMatchingSettings, matchingSubgraph } from './server.ts';

await runSubgraph(matchingSubgraph(loadMatchingSettings(process.env)), process.env);
