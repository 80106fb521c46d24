# syntax=docker/dockerfile:1
# One image for every CONNECT process: the five subgraphs, the gateway, the migration
# job and the one-process platform; the command chooses which (compose.yaml), for example
#   docker run connect node services/municipalities/dist/index.js
# It holds the compiled JavaScript (dist/), the built dashboard (dashboard/dist), the
# committed migrations and supergraph, and production dependencies only. Node 24 is the LTS the project recommends (.nvmrc).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /app
# The store is filled from the lockfile alone, so this layer stays cached until the
# dependencies change; both installs below then work offline from it.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch --store-dir /pnpm-store
COPY . .
RUN pnpm install --offline --frozen-lockfile --store-dir /pnpm-store \
 && pnpm run build
# Reinstall without devDependencies (TypeScript, tsx, vitest, drizzle-kit), then gather
# what runs: manifests, dist/, migrations, the supergraph and the workspace's
# node_modules, whose links between packages are relative and survive the copy.
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --offline --frozen-lockfile --prod --store-dir /pnpm-store \
 && mkdir -p /out \
 && cp -a package.json node_modules schema scripts /out/ \
 && for pkg in services/* gateway platform; do \
      mkdir -p "/out/$pkg" \
      && cp -a "$pkg/package.json" "$pkg/dist" "/out/$pkg/" \
      && if [ -d "$pkg/node_modules" ]; then cp -a "$pkg/node_modules" "/out/$pkg/"; fi \
      && if [ -d "$pkg/drizzle" ]; then cp -a "$pkg/drizzle" "/out/$pkg/"; fi; \
    done \
 && mkdir -p /out/dashboard && cp -a dashboard/dist /out/dashboard/

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    DATA_DIR=/var/lib/connect \
    APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
# Files belong to root and are read-only for the process; only the PGlite folder (used
# when no DATABASE_URL is given) is writable by it.
COPY --from=build /out /app
RUN mkdir -p /var/lib/connect && chown node:node /var/lib/connect
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
STOPSIGNAL SIGTERM
CMD ["node", "gateway/dist/main.js"]
