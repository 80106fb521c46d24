// A minimal way to send a documented operation to the gateway with fetch: by hash when
// the document carries one (the gateway's trusted documents), with its token, and the
// answer typed by the document. Any GraphQL client that speaks Apollo's persisted-query
// format does the same; this one keeps a web app free of a client library.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type FormattedExecutionResult, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';

export interface RequestOptions {
  /** The gateway's GraphQL address; the page's own /graphql when omitted. */
  endpoint?: string;
  /** A bearer token (a JWT from the identity provider, or `pnpm token` in development). */
  token?: string;
  /** Send the whole document instead of its hash (a gateway without this manifest). */
  sendDocument?: boolean;
  signal?: AbortSignal;
  /** A fetch of one's own (tests, a server-side renderer). */
  fetch?: typeof fetch;
}

/** The hash codegen embeds in each documented operation (schema/operations/manifest.json). */
interface HashedDocument {
  __meta__?: { hash?: string };
}

/** An answer with errors and no data: the first error's message, every error kept. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly status: number,
  ) {
    super(errors[0]?.message ?? `The gateway answered ${status}`);
    this.name = 'GraphQLRequestError';
  }

  /** The first error's code, such as UNAUTHENTICATED or LIMIT_EXCEEDED. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
}

/**
 * Sends the operation and returns the whole answer: data, and errors beside it when part
 * of the graph could not answer (a field that failed is null, its error says why).
 * A gateway that does not know the hash (one older than the manifest) answers
 * PERSISTED_QUERY_NOT_FOUND; the document is then sent again as text.
 */
export async function execute<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  tokenOrOptions: string | RequestOptions = {},
): Promise<{ status: number; result: FormattedExecutionResult<Result> }> {
  const options = typeof tokenOrOptions === 'string' ? { token: tokenOrOptions } : tokenOrOptions;
  const hash = (document as HashedDocument).__meta__?.hash;
  if (hash && !options.sendDocument) {
    const answer = await send<Result>(document, variables, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, options);
    if (answer.result.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return answer;
  }
  return send<Result>(document, variables, { query: print(document) }, options);
}

async function send<Result>(
  document: DocumentNode,
  variables: unknown,
  how: { query: string } | { extensions: Record<string, unknown> },
  options: RequestOptions,
): Promise<{ status: number; result: FormattedExecutionResult<Result> }> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await (options.fetch ?? fetch)(options.endpoint ?? '/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ operationName: operation?.name?.value, variables, ...how }),
    signal: options.signal,
  });
  const result = (await response.json().catch(() => ({ errors: [{ message: `The gateway answered ${response.status} without JSON` }] }))) as FormattedExecutionResult<Result>;
  return { status: response.status, result };
}

/**
 * Sends the operation and returns its data, or throws a GraphQLRequestError when the
 * answer has no data (a refused token, an operation over the limits, an unknown hash).
 * Partial answers return their data; use execute() to see their errors too. Given a
 * token alone, it calls the page's own /graphql (a page the gateway serves).
 */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  tokenOrOptions: string | RequestOptions = {},
): Promise<Result> {
  const { status, result } = await execute(document, variables, tokenOrOptions);
  if (result.data === undefined || result.data === null) throw new GraphQLRequestError(result.errors ?? [], status);
  return result.data;
}
