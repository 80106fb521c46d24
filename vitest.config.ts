import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Resolve graphql the way the workspace packages do, then pin vitest to its CJS
// entry so that the ESM and CJS builds never both load (graphql refuses mixed realms).
const require = createRequire(new URL('./services/kit/package.json', import.meta.url));

export default defineConfig({
  resolve: {
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['services/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'platform/test/**/*.test.ts', 'clients/*/test/**/*.test.ts', 'dashboard/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'silent' },
  },
});
