// JSON: an arbitrary JSON value, declared identically (`scalar JSON`) by every subgraph
// that returns free-form documents, such as the parts of a personal data export.
// Serialising goes through JSON itself, so dates come out as ISO 8601 strings.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from './errors.ts';

function fromLiteral(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => fromLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, fromLiteral(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new BadUserInputError('JSON must be a JSON value');
  }
}

export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => (value === undefined ? null : JSON.parse(JSON.stringify(value))),
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => fromLiteral(ast, variables),
});

/** Spread into a subgraph's resolvers next to `scalarResolvers` when its SDL declares `scalar JSON`. */
export const jsonScalarResolvers = { JSON: JSONScalar };
