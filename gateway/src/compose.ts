// Composition of the five subgraphs into the supergraph the gateway serves. It runs
// in Node with @apollo/composition (no Rover download), from the same SDL files the
// subgraphs are built from; `pnpm compose` writes the result to schema/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';

/** The subgraphs in the order the gateway lists them, with their default ports. */
export const subgraphCatalogue = [
  { name: 'municipalities', port: 4001 },
  { name: 'requests', port: 4002 },
  { name: 'matching', port: 4003 },
  { name: 'exchanges', port: 4004 },
  { name: 'knowledge', port: 4005 },
] as const;

export type SubgraphName = (typeof subgraphCatalogue)[number]['name'];

export const supergraphPath = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
/** The public schema clients build against (`pnpm compose` writes it beside the supergraph). */
export const apiSchemaPath = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(readFileSync(new URL(`../../services/${name}/src/schema.graphql`, import.meta.url), 'utf8'));
}

/** The default address of a subgraph in the embedded platform. */
export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

export interface Composition {
  supergraphSdl: string;
  /** The schema clients see: the supergraph without its federation machinery. */
  apiSchema: GraphQLSchema;
  /** That schema as SDL, sorted by name so that a diff shows only what changed. */
  apiSdl: string;
}

export function composeSupergraph(): Composition {
  const result = composeServices(
    subgraphCatalogue.map(({ name, port }) => ({
      name,
      typeDefs: subgraphTypeDefs(name),
      url: defaultSubgraphUrl(port),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  const hints = result.hints ?? [];
  if (hints.length) {
    // Hints are not failures, but a reader of the output should see them.
    for (const hint of hints) process.stderr.write(`composition hint: ${hint.toString()}\n`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return { supergraphSdl: result.supergraphSdl, apiSchema, apiSdl: printSchema(lexicographicSortSchema(apiSchema)) };
}
