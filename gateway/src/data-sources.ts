// How the gateway reaches a subgraph: over HTTP (every deployment, and the embedded
// platform too), or in process for whole-graph tests, where each subgraph executes the
// fetch with a context of its own, built from the gateway's viewer and request id.
//
// Over HTTP every call has a time limit of its own and ends at the latest with the
// request's deadline. A call that fails costs only its part of the answer: it becomes
// one coded error (SUBGRAPH_TIMEOUT, REQUEST_TIMEOUT, SUBGRAPH_UNAVAILABLE) while the
// other subgraphs' parts are returned; the detail (URL, status, body) goes to the log.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID, type KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { anonymous, assertionKey, injectTraceContext, signViewerAssertion, VIEWER_ASSERTION_HEADER, type Logger, type RequestScope, type Subgraph } from '@connect/kit';
import type { GatewayContext } from './context.ts';

export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * Codes a subgraph may answer with a 400 that are the client's to see. The gateway
 * checks every value but those of custom scalars (Date, DateTime), which it passes on
 * as they came: a malformed one is refused by the subgraph, as bad input when it came
 * as a variable, as a validation failure when it was written in the operation.
 */
const relayedCodes = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * The signal of the subgraph call in progress. RemoteGraphQLDataSource hands its
 * fetcher only a URL and an init, and one data source serves every request at once,
 * so the call's signal travels with the call's async context.
 */
const callSignal = new AsyncLocalStorage<AbortSignal>();

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const fetchWithSignal: Fetcher = async (url, init) =>
  (await fetch(url, { ...(init as RequestInit), signal: callSignal.getStore() })) as unknown as FetcherResponse;

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type ProcessResult = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface SubgraphHttpOptions {
  name: string;
  url: string;
  /** The key of viewer assertions is derived from it; the secret itself is never sent. */
  gatewaySecret: string;
  /** How long an assertion lives, in seconds. */
  assertionLifetimeSeconds: number;
  timeoutMs: number;
  log: Logger;
}

/**
 * Calls a subgraph over HTTP with a signed assertion of the viewer the gateway vouches
 * for (for this subgraph only, valid for seconds), and the request id, so that one id
 * follows a request through every log.
 */
export class SubgraphHttpDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphHttpOptions;
  private readonly assertionKey: KeyObject;

  constructor(options: SubgraphHttpOptions) {
    super({ url: options.url, fetcher: fetchWithSignal });
    this.options = options;
    this.assertionKey = assertionKey(options.gatewaySecret);
  }

  override async willSendRequest({ request, context }: ProcessOptions) {
    const headers = request.http?.headers;
    if (!headers) return;
    const requestId = context?.requestId ?? randomUUID();
    const assertion = await signViewerAssertion(context?.viewer ?? anonymous, {
      secret: this.assertionKey,
      audience: this.options.name,
      requestId,
      lifetimeSeconds: this.options.assertionLifetimeSeconds,
    });
    headers.set(VIEWER_ASSERTION_HEADER, assertion);
    headers.set('x-request-id', requestId);
    // The subgraph continues the trace of this fetch (W3C traceparent).
    injectTraceContext(headers);
  }

  override async process(options: ProcessOptions): Promise<ProcessResult> {
    const context = options.context as Partial<GatewayContext> | undefined;
    const deadline = context?.deadline;
    const ownLimit = AbortSignal.timeout(this.options.timeoutMs);
    const signal = deadline ? AbortSignal.any([ownLimit, deadline]) : ownLimit;
    try {
      if (deadline?.aborted) throw deadline.reason;
      return await callSignal.run(signal, () => super.process(options));
    } catch (error) {
      const failed = { deadlinePassed: deadline?.aborted === true, timedOut: ownLimit.aborted, path: answerPath(options) };
      return this.failure(error, failed, context?.requestId);
    }
  }

  /** What a failed call becomes: coded errors for the client, the detail for the log. */
  private failure(
    error: unknown,
    failed: { deadlinePassed: boolean; timedOut: boolean; path?: (string | number)[] },
    requestId?: string,
  ): ProcessResult {
    const { name, log } = this.options;
    const response = error instanceof GraphQLError ? (error.extensions.response as { status?: number; body?: unknown } | undefined) : undefined;
    log.warn({ err: error, subgraph: name, requestId, status: response?.status, body: response?.body }, 'subgraph call failed');

    const refusal = (message: string, code: string) => new GraphQLError(message, { path: failed.path, extensions: { code } });
    if (failed.deadlinePassed) {
      throw refusal('The request ran out of time; the parts of the answer still missing were given up', REQUEST_TIMEOUT);
    }
    if (failed.timedOut) {
      throw refusal(`A part of the answer took longer than ${this.options.timeoutMs} ms and was given up`, SUBGRAPH_TIMEOUT);
    }
    // A subgraph that refused a value the gateway could not check (a malformed Date)
    // with a 400 said so in GraphQL errors; those are the client's to see.
    const relayed = response?.status === 400 ? relayableErrors(response.body) : undefined;
    if (relayed) return { errors: relayed };
    throw refusal('A part of the answer is unavailable right now', SUBGRAPH_UNAVAILABLE);
  }
}

/**
 * Where in the answer the failed call's part belongs, up to the first list ("@" in the
 * query plan): ["request", "matches"] when the officials of the matches are missing.
 */
function answerPath(options: ProcessOptions): (string | number)[] | undefined {
  const path = ('pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined) ?? [];
  const end = path.indexOf('@');
  const prefix = end === -1 ? path : path.slice(0, end);
  return prefix.length ? prefix : undefined;
}

function relayableErrors(body: unknown): GraphQLFormattedError[] | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const all = errors as GraphQLFormattedError[];
  if (!all.every((e) => typeof e?.message === 'string' && relayedCodes.has(e.extensions?.code as string))) return undefined;
  return all.map((e) => ({ message: e.message, extensions: { code: e.extensions!.code, ...(e.extensions?.field ? { field: e.extensions.field } : {}) } }));
}

export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: Subgraph<RequestScope>) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<GraphQLDataSource['process']> {
    const context = options.context as Partial<GatewayContext>;
    const response = await this.subgraph.server.executeOperation(
      {
        query: options.request.query,
        variables: options.request.variables,
        operationName: options.request.operationName,
      },
      { contextValue: this.subgraph.contextFor({ viewer: context.viewer, requestId: context.requestId }) },
    );
    if (response.body.kind !== 'single') throw new Error(`${this.subgraph.name} answered with incremental delivery`);
    const { data, errors, extensions } = response.body.singleResult;
    return { data, errors, extensions } as Awaited<ReturnType<GraphQLDataSource['process']>>;
  }
}
