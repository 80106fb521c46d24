// The dashboard's one way to the platform: GraphQL over HTTP through the gateway, with
// the bearer token of a DONOR or STAFF account. Errors keep the gateway's code, so the
// page can tell an expired token (sign in again) from anything else.

/** An operation's text with the types of its answer and variables. */
export interface Operation<TResult, TVariables> {
  readonly __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/** Where the gateway answers: the same origin by default, else the URL given at build time. */
export const graphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL || '/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }

  /** The token is missing, expired or refused: the reader has to sign in again. */
  get signInAgain(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN' || this.code === 'OFFICIAL_ERASED';
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  token: string,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: String(operation), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('The platform cannot be reached', 'NETWORK');
  }
  const answer = (await response.json().catch(() => ({}))) as Answer<TResult>;
  const first = answer.errors?.[0];
  // A figure the platform could not compute is an error for the whole page: partial
  // figures would read as smaller numbers rather than as missing ones.
  if (first || !answer.data) {
    throw new GraphQLRequestError(first?.message ?? `The platform answered ${response.status}`, first?.extensions?.code);
  }
  return answer.data;
}
