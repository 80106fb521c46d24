// A minimal way to send a documented operation to the gateway with fetch: by hash when
// the document carries one (the gateway's trusted documents), with its token, and the
// answer typed by the document. Any GraphQL client that speaks Apollo's persisted-query
// format does the same; this one keeps a web app free of a client library.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';

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
 */
export async function execute<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: RequestOptions = {},
): Promise<{ status: number; result: FormattedExecutionResult<Result> }> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const hash = (document as HashedDocument).__meta__?.hash;
  const body: Record<string, unknown> = { operationName: operation?.name?.value, variables };
  if (hash && !options.sendDocument) body.extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  else body.query = print(document);

  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await (options.fetch ?? fetch)(options.endpoint ?? '/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal: options.signal,
  });
  const result = (await response.json().catch(() => ({ errors: [{ message: `The gateway answered ${response.status} without JSON` }] }))) as FormattedExecutionResult<Result>;
  return { status: response.status, result };
}

/**
 * Sends the operation and returns its data, or throws a GraphQLRequestError when the
 * answer has no data (a refused token, an operation over the limits, an unknown hash).
 * Partial answers return their data; use execute() to see their errors too.
 */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: RequestOptions = {},
): Promise<Result> {
  const { status, result } = await execute(document, variables, options);
  if (result.data === undefined || result.data === null) throw new GraphQLRequestError(result.errors ?? [], status);
  return result.data;
}
