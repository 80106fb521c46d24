// The dashboard's one way to the platform: its documented operations, sent through the
// gateway by @connect/client with the bearer token of a DONOR or STAFF account. A figure
// the platform could not compute fails the whole page: partial figures would read as
// smaller numbers rather than as missing ones.
import { execute, GraphQLRequestError } from '@connect/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export { GraphQLRequestError };

/** Where the gateway answers: the same origin by default, else the URL given at build time. */
export const graphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL || '/graphql';

/** The token is missing, expired or refused: the reader has to sign in again. */
export function signInAgain(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && ['UNAUTHENTICATED', 'FORBIDDEN', 'OFFICIAL_ERASED'].includes(error.code ?? '');
}

export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
  signal?: AbortSignal,
): Promise<TResult> {
  const { status, result } = await execute(document, variables, { endpoint: graphqlUrl, token, signal });
  if (result.errors?.length || !result.data) throw new GraphQLRequestError(result.errors ?? [], status);
  return result.data as TResult;
}
