// Breaking changes to the public schema are made on purpose or not at all. Web and mobile
// clients are built against schema/api.graphql, and an app in a store cannot be updated
// the day the graph changes: a removed field, or an argument that becomes required,
// breaks every copy still installed. Such a change is refused unless
// schema/breaking-changes.json lists it with a reason; changes clients survive (a new
// field, a new optional argument) and dangerous ones (a new enum value, a changed
// default) pass. `pnpm compose` runs the check before it writes the schema, and a test
// runs it between the committed schema and the one the subgraph SDL files give today.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { z } from 'zod';

export const breakingChangesPath = fileURLToPath(new URL('../../schema/breaking-changes.json', import.meta.url));

const allowFile = z.object({
  description: z.string().optional(),
  allowed: z.array(
    z.object({
      /** The kind of change as GraphQL Inspector names it, such as FIELD_REMOVED. */
      type: z.string().regex(/^[A-Z_]+$/, 'a change type such as FIELD_REMOVED'),
      /** Where, such as Query.exchanges or Query.exchanges.first. */
      path: z.string().min(1),
      /** Why clients may bear it: who was told, what replaces it. */
      reason: z.string().min(10, 'say why clients may bear the change'),
    }),
  ),
});

export type AllowedBreakingChange = z.infer<typeof allowFile>['allowed'][number];

/** The allowed breaking changes of a file such as schema/breaking-changes.json. */
export function loadAllowedBreakingChanges(path: string = breakingChangesPath): AllowedBreakingChange[] {
  const parsed = allowFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} is not a list of allowed breaking changes:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data.allowed;
}

export interface SchemaChanges {
  /** Breaking and not listed: the check fails on these. */
  refused: Change[];
  /** Breaking, and listed with a reason. */
  allowed: Change[];
  /** Clients may notice them (a new enum value, a changed default), but keep working. */
  dangerous: Change[];
  safe: Change[];
}

/** What changed for clients from one API schema to the next, sorted by verdict. */
export async function compareApiSchemas(
  before: GraphQLSchema | string,
  after: GraphQLSchema | string,
  allowed: readonly AllowedBreakingChange[],
): Promise<SchemaChanges> {
  const build = (schema: GraphQLSchema | string) => (typeof schema === 'string' ? buildSchema(schema) : schema);
  const changes = await diff(build(before), build(after));
  const listed = (change: Change) => allowed.some((a) => a.type === change.type && a.path === change.path);
  const result: SchemaChanges = { refused: [], allowed: [], dangerous: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) result[listed(change) ? 'allowed' : 'refused'].push(change);
    else if (change.criticality.level === CriticalityLevel.Dangerous) result.dangerous.push(change);
    else result.safe.push(change);
  }
  return result;
}

/** The refusal as a person fixing it reads it: each change, and the entry that would allow it. */
export function describeRefusedChanges(refused: readonly Change[]): string {
  const lines = refused.map((c) => `  ${c.type} at ${c.path ?? '(schema)'}: ${c.message}`);
  return [
    `${refused.length} breaking change(s) to the API schema clients build against:`,
    ...lines,
    'Keep the old field or argument (deprecate it with @deprecated(reason: ...)) until clients have moved,',
    'or, if clients may bear the change, list it in schema/breaking-changes.json under "allowed" as',
    '  { "type": "<the type above>", "path": "<the path above>", "reason": "<why, and who was told>" }',
  ].join('\n');
}
