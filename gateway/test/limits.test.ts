// The operation limits are configuration, and they are sized so that every documented
// client operation passes them; these tests hold both to that.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, specifiedRules, TokenKind, validate, type ValidationContext } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.ts';
import { defaultGatewaySettings, loadGatewaySettings } from '../src/config.ts';
import { LIMIT_EXCEEDED, operationGuard } from '../src/limits.ts';

const operationsDir = new URL('../../schema/operations/', import.meta.url);
const operations = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));
const { apiSchema } = composeSupergraph();
const { limits } = defaultGatewaySettings;

/** What GraphQL Armor measures of a document: each measure is reported through onAccept. */
function measure(source: string) {
  const found = { depth: NaN, aliases: NaN, directives: NaN, cost: NaN };
  const record = (name: keyof typeof found) => ({ onAccept: [(_: ValidationContext | null, details: { n: number }) => void (found[name] = details.n)] });
  const armor = new ApolloArmor({
    maxDepth: { n: Number.MAX_SAFE_INTEGER, ...record('depth') },
    maxAliases: { n: Number.MAX_SAFE_INTEGER, ...record('aliases') },
    maxDirectives: { n: Number.MAX_SAFE_INTEGER, ...record('directives') },
    costLimit: { maxCost: Number.MAX_SAFE_INTEGER, ...record('cost') },
    maxTokens: { enabled: false },
  });
  validate(apiSchema, parse(source), [...specifiedRules, ...armor.protect().validationRules]);
  // Tokens as graphql-js counts them against parseOptions.maxTokens: comments aside.
  let tokens = 0;
  for (let token = parse(source).loc?.startToken.next; token && token.kind !== TokenKind.EOF; token = token.next) {
    if (token.kind !== TokenKind.COMMENT) tokens++;
  }
  return { ...found, tokens };
}

describe('the operation limits', () => {
  it.each(operations)('let %s through, with room to spare', (file) => {
    const source = readFileSync(new URL(file, operationsDir), 'utf8');
    const guard = operationGuard(limits);
    const document = parse(source, guard.parseOptions);
    expect(validate(apiSchema, document, [...specifiedRules, ...guard.validationRules]).map((e) => e.message)).toEqual([]);

    const measured = measure(source);
    console.log(`${file}: ${JSON.stringify(measured)}`);
    expect(measured.depth).toBeLessThanOrEqual(limits.maxDepth - 2);
    expect(measured.aliases).toBeLessThanOrEqual(limits.maxAliases);
    expect(measured.directives).toBeLessThanOrEqual(limits.maxDirectives);
    expect(measured.tokens).toBeLessThanOrEqual(limits.maxTokens / 4);
    expect(measured.cost).toBeLessThanOrEqual(limits.maxCost / 4);
  });

  it('refuse an operation one level deeper than allowed, naming the limit', () => {
    const guard = operationGuard({ ...limits, maxDepth: 4 });
    const deep = parse('{ request(id: "x") { requestingMunicipality { requests { nodes { id } } } } }');
    const errors = validate(apiSchema, deep, [...specifiedRules, ...guard.validationRules]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('Query depth limit of 4 exceeded, found 5.');
    expect(errors[0]!.extensions).toEqual({ code: LIMIT_EXCEEDED, limit: 'maxDepth' });
  });
});

describe('the gateway settings', () => {
  it('default to the documented values', () => {
    expect(defaultGatewaySettings).toEqual({
      limits: { maxDepth: 8, maxAliases: 10, maxDirectives: 10, maxTokens: 1000, maxCost: 5000, maxQueryStringLength: 1000 },
      subgraphTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      cors: { origins: [], credentials: false, maxAgeSeconds: 600 },
      rateLimit: { max: 6_000, mutationsMax: 600, windowMs: 60_000 },
      trustedProxies: [],
      persistedOperationsOnly: false,
    });
  });

  it('are overridden by GATEWAY_* variables', () => {
    const settings = loadGatewaySettings({ GATEWAY_MAX_DEPTH: '12', GATEWAY_SUBGRAPH_TIMEOUT_MS: '2500', GATEWAY_MAX_COST: '' });
    expect(settings.limits.maxDepth).toBe(12);
    expect(settings.subgraphTimeoutMs).toBe(2500);
    expect(settings.limits.maxCost).toBe(5000);
  });

  it('refuse values that are not sensible, listing every bad variable', () => {
    expect(() => loadGatewaySettings({ GATEWAY_MAX_DEPTH: 'deep', GATEWAY_REQUEST_TIMEOUT_MS: '-1' })).toThrow(
      /GATEWAY_MAX_DEPTH[\s\S]*GATEWAY_REQUEST_TIMEOUT_MS/,
    );
  });
});
