// A client of the graph that speaks as a given person, either in process (through the
// gateway's executeOperation) or over real HTTP with a signed bearer token, so that
// one scenario runs both ways.
import { signToken } from '@connect/gateway';
import { DEVELOPMENT_JWT_SECRET, type Viewer } from '@connect/kit';
import type { TestPlatform } from './platform.ts';

export interface GraphResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export type Ask = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphResult<T>>;

export function clientFor(platform: TestPlatform, calls: 'in-process' | 'http') {
  return (viewer?: Viewer): Ask => {
    if (calls === 'in-process') {
      return (query, variables) => platform.query(query, variables, viewer) as never;
    }
    return async (query, variables) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (viewer) headers.authorization = `Bearer ${await signToken(viewer, DEVELOPMENT_JWT_SECRET, '10m')}`;
      const response = await fetch(platform.url!, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    };
  };
}

/** The data of a result that must have succeeded, with its errors in the failure message. */
export function ok<T>(result: GraphResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
