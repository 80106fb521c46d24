// Every subgraph's SDL is the first thing a reader and the explorer show: what a client
// may ask (Query), what it may change (Mutation) and every value it passes (arguments,
// input fields) says what it is. A field added without a description fails here.
import { Kind, type DefinitionNode, type InputValueDefinitionNode, type StringValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphCatalogue, subgraphTypeDefs } from '../src/compose.ts';

const entryTypes = new Set(['Query', 'Mutation']);

/** The places in one subgraph's SDL that lack a description, as `Type.field(argument)`. */
function undescribed(definitions: readonly DefinitionNode[]): string[] {
  const missing: string[] = [];
  const values = (owner: string, inputs: readonly InputValueDefinitionNode[] | undefined) => {
    for (const input of inputs ?? []) if (!described(input)) missing.push(`${owner}(${input.name.value})`);
  };
  for (const definition of definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION: {
        const type = definition.name.value;
        for (const field of definition.fields ?? []) {
          const name = `${type}.${field.name.value}`;
          if (entryTypes.has(type) && !described(field)) missing.push(name);
          // Arguments of every field, not only of Query and Mutation: a client passes them all.
          values(name, field.arguments);
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        for (const field of definition.fields ?? []) {
          if (!described(field)) missing.push(`${definition.name.value}.${field.name.value}`);
        }
        break;
      default:
        break;
    }
  }
  return missing;
}

function described(node: { description?: StringValueNode }): boolean {
  return Boolean(node.description?.value.trim());
}

describe('the subgraph schemas', () => {
  for (const { name } of subgraphCatalogue) {
    it(`${name}: every Query and Mutation field, every argument and every input field has a description`, () => {
      expect(undescribed(subgraphTypeDefs(name).definitions)).toEqual([]);
    });
  }
});
