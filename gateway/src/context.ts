// What the gateway knows about each incoming request.
import type { Viewer } from '@connect/kit';

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** Aborts when the request's time is up: every subgraph call still running ends with it. */
  deadline?: AbortSignal;
}
