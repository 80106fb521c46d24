// Bad input over real HTTP, through the gateway: malformed bodies, wrong content types,
// wrong variable types, huge strings, odd unicode, invalid and unknown ids, deep, wide
// and aliased operations, injection-looking searches, expired and forged tokens, and
// subgraphs called directly. Every case ends in a clean refusal with a code, or a clean
// answer where the input was harmless; none may reach a fault (INTERNAL_SERVER_ERROR),
// echo the platform's inside, or change the data.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGatewaySettings, signToken } from '@connect/gateway';
import { demo, DEVELOPMENT_JWT_SECRET, signViewerAssertion, VIEWER_ASSERTION_HEADER, MAX_BODY_BYTES, MAX_SEARCH_LENGTH } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { send, sendBytes, type RawAnswer, type RawRequest } from './support/raw-http.ts';
import { countSubgraphCalls, type SubgraphCalls } from './support/subgraph-calls.ts';

const { limits } = defaultGatewaySettings;
const RequestOverview = operation('RequestOverview');
const unknownId = '6f1c2a43-8d0e-4b7a-9c55-0d2e7b1f9a30';
const MB = 1024 * 1024;

/** What a case must come to. */
type Outcome =
  /** Refused with this status and code. Refusals other than 200 must not reach any subgraph. */
  | { refused: number; code: string; reachesSubgraphs?: boolean }
  /** Answered without errors; `check` looks at the data. */
  | { answered: (data: any) => void }
  /** A 200 whose errors all carry this code (bad input found by a subgraph), the rest of the data intact. */
  | { refusedInAnswer: string; check?: (data: any) => void };

interface Case {
  name: string;
  /** Where the request goes: the gateway unless a subgraph's index is given. */
  subgraph?: number;
  request: RawRequest | (() => Promise<RawRequest>);
  outcome: Outcome;
}

let platform: TestPlatform;
let calls: SubgraphCalls;
let tried = 0;

const json = (payload: unknown, headers: Record<string, string> = {}): RawRequest => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(payload),
});
const graphql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => json({ query, variables }, headers);
const overview = (id: unknown) => graphql(RequestOverview, { id });
const searchMunicipalities = (search: unknown) =>
  graphql('query($search: String) { municipalities(filter: { search: $search }) { nodes { name } } }', { search });
const searchOfficials = (search: unknown) => graphql('query($search: String) { officials(filter: { search: $search }) { nodes { fullName } } }', { search });
const searchPractices = (search: unknown) =>
  graphql('query($search: String) { bestPractices(filter: { search: $search }) { nodes { title } } }', { search });

const nothingFound = (field: string) => (data: any) => expect(data[field].nodes).toEqual([]);
const isNull = (field: string) => (data: any) => expect(data[field]).toBeNull();
const anyAnswer = () => undefined;

/** An HS256 token signed with the development secret, with the claims and header given. */
function handMadeToken(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, secret = DEVELOPMENT_JWT_SECRET) {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part(header)}.${part({ iss: 'connect', aud: 'connect-api', iat: now, exp: now + 600, ...claims })}`;
  const signature = header.alg === 'none' ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `Bearer ${unsigned}.${signature}`;
}
/** A viewer assertion naming STAFF, for the subgraph given, signed with a secret that is not the platform's. */
const forgedStaffAssertion = (audience: string) =>
  signViewerAssertion({ role: 'STAFF' }, { secret: 'x'.repeat(40), audience, requestId: 'forged' });
/** The unsigned viewer header subgraphs once trusted, with a made-up shared secret. */
const unsignedStaffViewer = { 'x-connect-gateway-secret': 'x'.repeat(40), 'x-connect-viewer': Buffer.from('{"role":"STAFF"}').toString('base64url') };
const contactOf = (authorization: string) =>
  graphql('query($id: ID!) { official(id: $id) { fullName email } }', { id: demo.officials.georgeFreeman }, { authorization });
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: topics { code }`).join(' ')} }`;
/** An operation `levels` deep: requests → nodes → requestingMunicipality → requests → … */
const nested = (levels: number) => {
  const chain = ['requests', 'nodes', 'requestingMunicipality'];
  const fields = Array.from({ length: levels - 1 }, (_, i) => chain[i % chain.length]);
  return `{ ${fields.map((f) => `${f} { `).join('')}__typename${' }'.repeat(fields.length)} }`;
};

const cases: Record<string, Case[]> = {
  'HTTP and JSON': [
    { name: 'a body that is not JSON', request: { headers: { 'content-type': 'application/json' }, body: '{"query": ' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'JSON null', request: { headers: { 'content-type': 'application/json' }, body: 'null' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a JSON string', request: json('{ topics { code } }'), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a JSON number', request: json(42), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'an empty body', request: { headers: { 'content-type': 'application/json' }, body: '' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'an empty object', request: json({}), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a batch', request: json([{ query: '{ topics { code } }' }]), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a query that is a number', request: json({ query: 42 }), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'variables that are a string', request: json({ query: '{ topics { code } }', variables: 'x' }), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'variables that are a list', request: json({ query: '{ topics { code } }', variables: [1] }), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'an operation name that is an object', request: json({ query: '{ topics { code } }', operationName: {} }), outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a body over 2 MB', request: json({ query: '{ topics { code } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } }), outcome: { refused: 413, code: 'PAYLOAD_TOO_LARGE' } },
    {
      name: 'bytes that are not UTF-8 inside a JSON string',
      request: { headers: { 'content-type': 'application/json' }, body: Buffer.concat([Buffer.from('{"query":"{ topics { code } }","extensions":{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}}')]) },
      outcome: { answered: (data) => expect(data.topics.length).toBeGreaterThan(0) },
    },
    { name: 'a PUT', request: { method: 'PUT', ...json({ query: '{ topics { code } }' }) }, outcome: { refused: 405, code: 'BAD_REQUEST' } },
    { name: 'a DELETE', request: { method: 'DELETE', headers: { 'apollo-require-preflight': '1' } }, outcome: { refused: 405, code: 'BAD_REQUEST' } },
    { name: 'a path that is not /graphql', request: { path: '/graphql/../admin', ...json({ query: '{ topics { code } }' }) }, outcome: { refused: 404, code: 'NOT_FOUND' } },
    { name: 'a header of 20 kB', request: { headers: { 'content-type': 'application/json', 'x-pad': 'x'.repeat(20_000) }, body: '{}' }, outcome: { refused: 431, code: 'HEADERS_TOO_LARGE' } },
  ],
  'content types': [
    { name: 'text/plain (a simple cross-site request)', request: { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ topics { code } }' }) }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a form', request: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%7D' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'multipart', request: { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n{}\r\n--x--' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'no content type at all', request: { body: JSON.stringify({ query: '{ topics { code } }' }) }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'XML', request: { headers: { 'content-type': 'application/xml' }, body: '<query>{ topics { code } }</query>' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a content type that does not parse', request: { headers: { 'content-type': '/;;;' }, body: JSON.stringify({ query: '{ topics { code } }' }) }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
    { name: 'a GET without a preflight header', request: { method: 'GET', path: '/graphql?query=%7Btopics%7Bcode%7D%7D' }, outcome: { refused: 400, code: 'BAD_REQUEST' } },
  ],
  'wrong variable types': [
    { name: 'an id that is a boolean', request: overview(true), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'an id that is an object (an operator, as in NoSQL injection)', request: overview({ $gt: '' }), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'an id that is a list', request: overview([demo.requests.agonaWestSanitation]), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'an id that is null', request: overview(null), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'a required variable left out', request: graphql(RequestOverview), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'a page size that is text', request: graphql('query($n: Int) { requests(first: $n) { nodes { id } } }', { n: 'ten' }), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'a page size beyond 32 bits', request: graphql('query($n: Int) { requests(first: $n) { nodes { id } } }', { n: 2 ** 40 }), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'an enum value that does not exist', request: graphql('query($s: RequestStatus) { requests(filter: { status: $s }) { nodes { id } } }', { s: 'HACKED' }), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    {
      name: 'an input object with a field it does not have',
      request: graphql('query($f: RequestFilter) { requests(filter: $f) { nodes { id } } }', { f: { status: 'DRAFT', owner: 'me' } }),
      outcome: { refused: 400, code: 'BAD_USER_INPUT' },
    },
    { name: 'a search that is an object', request: searchMunicipalities({ $regex: '.*' }), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    { name: 'a list nested 2,000 deep', request: overview(JSON.parse(`${'['.repeat(2000)}"x"${']'.repeat(2000)}`)), outcome: { refused: 400, code: 'BAD_USER_INPUT' } },
    // The gateway cannot check a custom scalar; the subgraph that owns it refuses it.
    {
      name: 'a day that does not exist, as a variable',
      request: graphql('query($from: Date) { impact(filter: { from: $from }) { __typename } }', { from: '2017-02-30' }),
      outcome: { refusedInAnswer: 'BAD_USER_INPUT' },
    },
    {
      name: 'a day that does not exist, written in the operation',
      request: graphql('{ impact(filter: { from: "2017-02-30" }) { __typename } }'),
      outcome: { refusedInAnswer: 'GRAPHQL_VALIDATION_FAILED' },
    },
    { name: 'a negative page size', request: graphql('{ requests(first: -1) { nodes { id } } }'), outcome: { refusedInAnswer: 'BAD_USER_INPUT' } },
    { name: 'a cursor that was never issued', request: graphql('{ requests(after: "not-a-cursor") { nodes { id } } }'), outcome: { refusedInAnswer: 'BAD_USER_INPUT' } },
  ],
  'invalid and unknown ids': [
    { name: 'a reference instead of an id', request: overview('REQ-2017-0001'), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('request') } },
    { name: 'a number as an id', request: overview(5), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('request') } },
    { name: 'SQL in an id', request: overview("' OR '1'='1"), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('request') } },
    { name: 'a UUID with a byte-order mark', request: overview(`\ufeff${demo.requests.agonaWestSanitation}`), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('request') } },
    { name: 'an unknown request', request: overview(unknownId), outcome: { answered: isNull('request') } },
    { name: 'the nil UUID', request: overview('00000000-0000-0000-0000-000000000000'), outcome: { answered: isNull('request') } },
    {
      name: 'a known request in capitals',
      request: overview(demo.requests.agonaWestSanitation.toUpperCase()),
      outcome: { answered: (data) => expect(data.request.reference).toBe('REQ-2017-0001') },
    },
    ...(['official', 'municipality', 'association', 'exchange', 'match', 'bestPractice', 'knowledgeEvent'] as const).map((field) => ({
      name: `an unknown ${field}`,
      request: graphql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: unknownId }),
      outcome: { answered: isNull(field) },
    })),
    { name: 'an unknown reference', request: graphql('{ requestByReference(reference: "REQ-9999-9999") { id } }'), outcome: { answered: isNull('requestByReference') } },
    { name: 'an unknown topic', request: graphql('{ topic(code: "no-such-topic") { code } }'), outcome: { answered: isNull('topic') } },
    { name: 'a path as a topic code', request: graphql('{ topic(code: "../../etc/passwd") { code } }'), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('topic') } },
  ],
  'huge strings': [
    { name: 'an id of 1 MB', request: overview('7'.repeat(MB)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    { name: 'a municipality search of 1 MB', request: searchMunicipalities('a'.repeat(MB)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    // Some thousands of words hang PGlite's websearch_to_tsquery, and the process with it.
    { name: 'a full-text search of 50,000 words', request: searchPractices('a '.repeat(50_000)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    {
      name: 'a long string hidden deep in a filter',
      request: graphql('query($f: RequestFilter) { requests(filter: $f) { nodes { id } } }', { f: { topic: 'x'.repeat(limits.maxQueryStringLength + 1) } }),
      outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' },
    },
    { name: 'a string literal of 1 MB in the operation', request: graphql(`{ requestByReference(reference: "${'R'.repeat(MB)}") { id } }`), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    { name: 'a block string of 1 MB in the operation', request: graphql(`{ requestByReference(reference: """${'R'.repeat(MB)}""") { id } }`), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    {
      name: `a full-text search of ${MAX_SEARCH_LENGTH} characters, the most a service takes`,
      request: searchPractices('zq '.repeat(MAX_SEARCH_LENGTH / 2).slice(0, MAX_SEARCH_LENGTH)),
      outcome: { answered: nothingFound('bestPractices') },
    },
    // Within the gateway's limit, but longer than any service takes a search.
    {
      name: `a full-text search of ${limits.maxQueryStringLength} characters, the most a query may carry`,
      request: searchPractices('zq '.repeat(Math.floor(limits.maxQueryStringLength / 3))),
      outcome: { refusedInAnswer: 'BAD_USER_INPUT' },
    },
    { name: `an officials search of ${MAX_SEARCH_LENGTH + 1} characters`, request: searchOfficials('x'.repeat(MAX_SEARCH_LENGTH + 1)), outcome: { refusedInAnswer: 'BAD_USER_INPUT' } },
    { name: 'an alias of 100 kB', request: graphql(`{ ${'a'.repeat(100_000)}: topics { code } }`), outcome: { answered: (data) => expect(Object.keys(data)[0]).toHaveLength(100_000) } },
    {
      name: 'a list nested 500,000 deep',
      request: { headers: { 'content-type': 'application/json' }, body: `{"query":"query($id: ID!) { request(id: $id) { id } }","variables":{"id":${'['.repeat(500_000)}${']'.repeat(500_000)}}}` },
      outcome: { refused: 400, code: 'BAD_USER_INPUT' },
    },
  ],
  'odd unicode': [
    { name: 'a NUL in a search', request: searchMunicipalities('Agona\u0000West'), outcome: { refusedInAnswer: 'BAD_USER_INPUT' } },
    { name: 'a NUL in an id', request: overview(`${demo.requests.agonaWestSanitation}\u0000`), outcome: { refusedInAnswer: 'BAD_USER_INPUT', check: isNull('request') } },
    { name: 'a NUL in a string of the operation', request: graphql('{ requestByReference(reference: "REQ\\u0000") { id } }'), outcome: { refusedInAnswer: 'BAD_USER_INPUT' } },
    { name: 'a lone high surrogate in a search', request: { headers: { 'content-type': 'application/json' }, body: '{"query":"query($s: String) { municipalities(filter: { search: $s }) { nodes { name } } }","variables":{"s":"\\ud800"}}' }, outcome: { answered: nothingFound('municipalities') } },
    { name: 'a lone low surrogate in a full-text search', request: { headers: { 'content-type': 'application/json' }, body: '{"query":"query($s: String) { bestPractices(filter: { search: $s }) { nodes { title } } }","variables":{"s":"x\\udfff"}}' }, outcome: { answered: nothingFound('bestPractices') } },
    { name: 'a lone surrogate escaped in the operation', request: graphql('{ requestByReference(reference: "\\ud800") { id } }'), outcome: { refused: 400, code: 'GRAPHQL_PARSE_FAILED' } },
    {
      name: 'a lone surrogate written in the operation',
      request: { headers: { 'content-type': 'application/json' }, body: '{"query":"{ requestByReference(reference: \\"\\ud800\\") { id } }"}' },
      outcome: { refused: 400, code: 'GRAPHQL_PARSE_FAILED' },
    },
    { name: 'right-to-left override marks in a search', request: searchMunicipalities('\u202eanogA\u202c'), outcome: { answered: nothingFound('municipalities') } },
    { name: 'zero-width characters in a search', request: searchOfficials('Pi\u200bet\u200der'), outcome: { answered: nothingFound('officials') } },
    { name: 'emoji in a full-text search', request: searchPractices('🚰💩🌍'), outcome: { answered: nothingFound('bestPractices') } },
    {
      name: 'a decomposed accent in a search',
      request: searchMunicipalities('Sandgerði'.normalize('NFD')),
      outcome: { answered: (data) => expect(Array.isArray(data.municipalities.nodes)).toBe(true) },
    },
    { name: 'a control character in the operation', request: graphql('{ topics { code\u0007 } }'), outcome: { refused: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  ],
  'injection-looking searches': [
    { name: 'SQL tautology', request: searchMunicipalities("' OR '1'='1"), outcome: { answered: nothingFound('municipalities') } },
    { name: 'SQL statement', request: searchMunicipalities("'; DROP TABLE municipalities.municipality; --"), outcome: { answered: nothingFound('municipalities') } },
    { name: 'SQL comment and union', request: searchOfficials("x' UNION SELECT email FROM municipalities.official --"), outcome: { answered: nothingFound('officials') } },
    { name: 'LIKE wildcards alone', request: searchMunicipalities('%_%'), outcome: { answered: nothingFound('municipalities') } },
    { name: 'a backslash', request: searchMunicipalities('\\'), outcome: { answered: nothingFound('municipalities') } },
    { name: 'full-text operators', request: searchPractices("sanitation & !(water | ) <-> :* '"), outcome: { answered: anyAnswer } },
    { name: 'only full-text operators', request: searchPractices('&|!()'), outcome: { answered: anyAnswer } },
    { name: 'a regular expression', request: searchOfficials('.*'), outcome: { answered: nothingFound('officials') } },
    { name: 'a template and a script', request: searchMunicipalities('${7*7}<script>alert(1)</script>'), outcome: { answered: nothingFound('municipalities') } },
  ],
  'deep, wide and aliased operations': [
    { name: `depth ${limits.maxDepth}, the most allowed`, request: graphql(nested(limits.maxDepth)), outcome: { answered: (data) => expect(data.requests.nodes.length).toBeGreaterThan(0) } },
    { name: `depth ${limits.maxDepth + 1}`, request: graphql(nested(limits.maxDepth + 1)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    { name: 'depth 200', request: graphql(nested(200)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    {
      name: 'depth hidden in fragments',
      request: graphql(`{ requests { ...A } } fragment A on RequestConnection { nodes { requestingMunicipality { ...B } } } fragment B on Municipality { requests { nodes { requestingMunicipality { requests { nodes { id } } } } } }`),
      outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' },
    },
    { name: 'a fragment that spreads itself', request: graphql('{ topics { ...T } } fragment T on Topic { children { ...T } }'), outcome: { refused: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
    { name: `${limits.maxAliases + 1} aliases`, request: graphql(aliased(limits.maxAliases + 1)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    { name: '500 aliases', request: graphql(aliased(500)), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    { name: 'a field repeated 5,000 times', request: graphql(`{ topics { ${'code '.repeat(5000)} } }`), outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' } },
    {
      name: `${limits.maxDirectives + 1} directives`,
      request: graphql(`{ topics { ${'code @include(if: true) '.repeat(limits.maxDirectives + 1)} } }`),
      outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' },
    },
    { name: 'a directive nobody defined', request: graphql('{ topics @admin { code } }'), outcome: { refused: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
    {
      name: 'pages of pages (cost)',
      request: graphql('{ municipalities(first: 100) { nodes { requests(first: 100) { nodes { topics { code label } } } } } }'),
      outcome: { refused: 400, code: 'OPERATION_LIMIT_EXCEEDED' },
    },
    { name: 'a syntax error', request: graphql('{ request(id: ) { id }'), outcome: { refused: 400, code: 'GRAPHQL_PARSE_FAILED' } },
    { name: 'a field that does not exist', request: graphql('{ requests { nodes { password } } }'), outcome: { refused: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
    { name: 'two operations and no name to choose', request: graphql('query A { topics { code } } query B { topics { label } }'), outcome: { refused: 400, code: 'OPERATION_RESOLUTION_FAILURE' } },
    { name: 'an operation name that is not in the document', request: json({ query: 'query A { topics { code } }', operationName: 'B' }), outcome: { refused: 400, code: 'OPERATION_RESOLUTION_FAILURE' } },
    { name: 'a subscription', request: graphql('subscription { topics { code } }'), outcome: { refused: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
    { name: 'a mutation sent with GET', request: { method: 'GET', path: '/graphql?query=mutation%7B__typename%7D', headers: { 'apollo-require-preflight': '1' } }, outcome: { refused: 405, code: 'BAD_REQUEST' } },
  ],
  tokens: [
    { name: 'an expired token', request: async () => contactOf(`Bearer ${await signToken({ role: 'STAFF' }, DEVELOPMENT_JWT_SECRET, Math.floor(Date.now() / 1000) - 60)}`), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a token signed with another secret', request: async () => contactOf(`Bearer ${await signToken({ role: 'STAFF' }, 'f'.repeat(48))}`), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'an unsigned token (alg none)', request: contactOf(handMadeToken({ role: 'STAFF' }, { alg: 'none', typ: 'JWT' })), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a token for another audience', request: contactOf(handMadeToken({ role: 'STAFF', aud: 'another-api' })), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a token from another issuer', request: contactOf(handMadeToken({ role: 'STAFF', iss: 'someone-else' })), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a token naming a role that does not exist', request: contactOf(handMadeToken({ role: 'ADMIN' })), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'an OFFICIAL token whose official id is SQL', request: contactOf(handMadeToken({ role: 'OFFICIAL', official_id: "' OR 1=1 --" })), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a token with its signature cut off', request: async () => contactOf(`Bearer ${(await signToken({ role: 'STAFF' }, DEVELOPMENT_JWT_SECRET)).replace(/\.[^.]+$/, '.')}`), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'a bearer without a token', request: contactOf('Bearer'), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    { name: 'basic credentials', request: contactOf('Basic YWRtaW46YWRtaW4='), outcome: { refused: 401, code: 'UNAUTHENTICATED' } },
    {
      name: "the subgraphs' viewer assertion sent to the gateway",
      // A draft is visible to the secretariat only: the forged STAFF viewer must not reveal it.
      request: async () =>
        graphql('query($id: ID!) { request(id: $id) { id } }', { id: demo.requests.battambangHeritage }, { [VIEWER_ASSERTION_HEADER]: await forgedStaffAssertion('requests') }),
      outcome: { answered: (data) => expect(data.request).toBeNull() },
    },
    {
      name: "a made-up gateway secret and unsigned viewer sent to the gateway",
      request: graphql('query($id: ID!) { request(id: $id) { id } }', { id: demo.requests.battambangHeritage }, unsignedStaffViewer),
      outcome: { answered: (data) => expect(data.request).toBeNull() },
    },
  ],
  'subgraphs called directly': [
    ...[0, 1, 2, 3, 4].map((subgraph) => ({ name: `subgraph ${subgraph + 1} without the gateway's assertion`, subgraph, request: graphql('{ _service { sdl } }'), outcome: { refused: 401, code: 'UNAUTHENTICATED' } })),
    {
      name: 'a subgraph with a STAFF viewer asserted with a wrong secret',
      subgraph: 0,
      request: async () =>
        graphql('query($id: ID!) { official(id: $id) { email } }', { id: demo.officials.georgeFreeman }, { [VIEWER_ASSERTION_HEADER]: await forgedStaffAssertion('municipalities') }),
      outcome: { refused: 401, code: 'UNAUTHENTICATED' },
    },
    {
      name: 'a subgraph with an unsigned STAFF viewer and a made-up shared secret',
      subgraph: 0,
      request: graphql('query($id: ID!) { official(id: $id) { email } }', { id: demo.officials.georgeFreeman }, unsignedStaffViewer),
      outcome: { refused: 401, code: 'UNAUTHENTICATED' },
    },
    {
      name: "a subgraph's _entities",
      subgraph: 3,
      request: graphql(`{ _entities(representations: [{ __typename: "Exchange", id: "${demo.exchanges.agonaWestSanitation}" }]) { __typename } }`),
      outcome: { refused: 401, code: 'UNAUTHENTICATED' },
    },
  ],
};

/** Looks at an answer the same way whatever the case: coded, short, nothing from the inside. */
function expectClean(answer: RawAnswer, outcome: Outcome): void {
  const describe = `${answer.status} ${answer.text.slice(0, 400)}`;
  expect(answer.json, describe).toBeDefined();
  // Node refuses oversized headers before any request exists to give an id to.
  if (answer.status !== 431) expect(answer.headers['x-request-id'], describe).toBeTruthy();
  for (const error of answer.json!.errors ?? []) {
    expect(error.extensions?.code, describe).toMatch(/^[A-Z_]+$/);
    expect(error.extensions?.code, describe).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.stacktrace, describe).toBeUndefined();
    expect(error.message.length, describe).toBeLessThanOrEqual(300);
  }
  expect(answer.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres|pglite|drizzle|at \S+\.ts:\d+/i);

  if ('refused' in outcome) {
    expect({ status: answer.status, code: answer.json!.errors?.[0]?.extensions?.code }, describe).toEqual({ status: outcome.refused, code: outcome.code });
    expect(answer.json!.data ?? null, describe).toBeNull();
  } else if ('answered' in outcome) {
    expect({ status: answer.status, errors: answer.json!.errors }, describe).toEqual({ status: 200, errors: undefined });
    outcome.answered(answer.json!.data);
  } else {
    expect(answer.status, describe).toBe(200);
    expect(answer.json!.errors?.length, describe).toBeGreaterThan(0);
    for (const error of answer.json!.errors!) expect(error.extensions?.code, describe).toBe(outcome.refusedInAnswer);
    outcome.check?.(answer.json!.data);
  }
}

/** What a few everyday queries return: the same before and after the suite, or something changed. */
async function snapshot(): Promise<unknown> {
  const staff = { authorization: `Bearer ${await signToken({ role: 'STAFF' }, DEVELOPMENT_JWT_SECRET, '10m')}` };
  const queries = [
    [RequestOverview, { id: demo.requests.agonaWestSanitation }],
    ['{ requests(first: 100) { nodes { id reference status title } } }'],
    ['{ municipalities(first: 100) { nodes { id name countryCode } } }'],
    ['{ officials(first: 100) { nodes { id fullName email phone } } }'],
    ['{ exchanges(first: 100) { nodes { id status startsOn endsOn } } }'],
    ['{ bestPractices(first: 100) { nodes { id title status } } }'],
    ['{ topics(roots: false) { code label } }'],
  ] as const;
  const answers = [];
  for (const [query, variables] of queries) {
    const answer = await send(platform.url!, graphql(query, variables, staff));
    expect(answer.json?.errors, query).toBeUndefined();
    answers.push(answer.json!.data);
  }
  return answers;
}

let before: unknown;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http' });
  calls = countSubgraphCalls(platform);
  before = await snapshot();
});
afterAll(async () => {
  console.log(`bad-input suite: ${tried} cases`);
  await platform?.dispose();
});

describe('bad input over HTTP', () => {
  for (const [group, groupCases] of Object.entries(cases)) {
    describe(group, () => {
      it.each(groupCases.map((c) => [c.name, c] as const))('%s', async (_name, { request, subgraph, outcome }) => {
        tried++;
        const target = subgraph === undefined ? platform.url! : platform.listeners[subgraph]!.url;
        calls.reset();
        const answer = await send(target, typeof request === 'function' ? await request() : request);
        expectClean(answer, outcome);
        if ('refused' in outcome && outcome.refused !== 200 && !outcome.reachesSubgraphs) {
          expect(calls.operations(), 'a refusal at the edge must call no subgraph').toBe(0);
        }
      });
    });
  }

  it('refuses bytes that are not HTTP, with a code', async () => {
    tried++;
    const answer = await sendBytes(platform.url!, 'HELLO /graphql\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"BAD_REQUEST"');
  });

  it('leaves the data as it was', async () => {
    await platform.settle();
    expect(await snapshot()).toEqual(before);
  });
});
