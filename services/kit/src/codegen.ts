// The one graphql-codegen setup every subgraph shares: its resolver types come from its
// own SDL, so that `pnpm typecheck` fails when a resolver and the schema disagree.
// Each service's codegen.ts names only what differs: which drizzle rows (or other
// values) its resolvers hand on for each GraphQL type. `pnpm codegen` writes the files;
// a test checks that the committed ones are current.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Output file of a service's resolver types, relative to its src/. */
const output = 'generated/resolvers.ts';

/**
 * The codegen configuration of the service whose codegen.ts is at `configUrl`.
 * `mappers` maps a GraphQL type to `path#Type`, the path relative to src/generated/.
 */
export function subgraphCodegen(configUrl: string, mappers: Record<string, string>): CodegenConfig {
  const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, configUrl));
  return {
    schema: src('schema.graphql'),
    // A schema codegen cannot read is a failure, never an empty file.
    noSilentErrors: true,
    generates: {
      [src(output)]: {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          // String unions, as drizzle's pgEnum columns are: rows pass through unconverted.
          enumsAsTypes: true,
          contextType: '../context.ts#Context',
          mappers,
          scalars: {
            ID: { input: 'string', output: 'string' },
            DateTime: { input: 'Date', output: 'Date | string' },
            Date: { input: 'string', output: 'string' },
            JSON: { input: 'unknown', output: 'unknown' },
          },
        },
      },
    },
  };
}
