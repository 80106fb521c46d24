// The dashboard is a static site: `vite build` writes dist/, which the one-process
// platform serves at /dashboard/ and an operator may host anywhere else (build with
// `--base /another/path/`, and VITE_GRAPHQL_URL naming the gateway when it is on
// another origin, which CORS_ORIGINS must then list).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Text files only (no inlined images or fonts): the gateway serves them as pages.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `pnpm --filter @connect/dashboard dev`: the platform's gateway answers /graphql.
    proxy: { '/graphql': process.env.VITE_GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000' },
  },
});
