// What the gateway knows about each incoming request.
import type { Viewer } from '@connect/kit';

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
}
