import { readdirSync, readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.ts';

const operationsDir = new URL('../../schema/operations/', import.meta.url);
const operations = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));

describe('the documented client operations', () => {
  const { apiSchema } = composeSupergraph();

  it('exist', () => {
    expect(operations).toContain('RequestOverview.graphql');
  });

  it.each(operations)('%s is valid against the API schema', (file) => {
    const document = parse(readFileSync(new URL(file, operationsDir), 'utf8'));
    expect(validate(apiSchema, document).map((e) => e.message)).toEqual([]);
  });
});
