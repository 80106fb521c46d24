// Starts the exchanges subgraph on its own: the only file that listens.
import { loadPlatformConfig, reportConfigurationErrors, runSubgraph } from '@connect/kit';
import { exchangesSettings, exchangesSubgraph } from './server.ts';

reportConfigurationErrors();
await runSubgraph(exchangesSubgraph(exchangesSettings(loadPlatformConfig(process.env))), process.env);
