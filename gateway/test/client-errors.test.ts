// What a client learns from an error (the formatter the gateway and every subgraph use).
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientErrorFormatter, MAX_MESSAGE_LENGTH, withRequestId, type Logger } from '@connect/kit';

function capturingLog() {
  const lines: Record<string, unknown>[] = [];
  const log = { error: (fields: Record<string, unknown>) => void lines.push(fields) } as unknown as Logger;
  return { log, lines };
}

const fault = new Error('relation "knowledge.best_practice" does not exist (10.0.0.7:5432)');

describe('the client error formatter', () => {
  it('masks a fault: a short message, its code and the request id; the detail goes to the log under that id', () => {
    const { log, lines } = capturingLog();
    const format = clientErrorFormatter({ log, environment: 'production' });
    const formatted = withRequestId('req-1', () =>
      format({ message: fault.message, path: ['bestPractice'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: …'] } }, new GraphQLError(fault.message, { originalError: fault })),
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['bestPractice'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ err: fault, requestId: 'req-1', path: ['bestPractice'] });
  });

  it('cuts every suggestion outside development, such as those a subgraph answer relays', () => {
    const message = 'Variable "$s" got invalid value "DRAF"; Value "DRAF" does not exist in "RequestStatus" enum. Did you mean the enum value "DRAFT"?';
    const hinted = { message, extensions: { code: 'BAD_USER_INPUT' } };
    for (const environment of ['production', 'test'] as const) {
      const formatted = clientErrorFormatter({ log: capturingLog().log, environment })(hinted, undefined);
      expect(formatted.message).toBe('Variable "$s" got invalid value "DRAF"; Value "DRAF" does not exist in "RequestStatus" enum.');
    }
    const field = { message: 'Cannot query field "requets" on type "Query". Did you mean "requests" or "request"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(clientErrorFormatter({ log: capturingLog().log, environment: 'production' })(field, undefined).message).toBe(
      'Cannot query field "requets" on type "Query".',
    );
    // In development they help whoever writes the query.
    expect(clientErrorFormatter({ log: capturingLog().log, environment: 'development' })(hinted, undefined).message).toBe(message);
  });

  it('masks a downstream error without a code of its own', () => {
    const format = clientErrorFormatter({ log: capturingLog().log, environment: 'production' });
    const formatted = format({ message: 'socket hang up', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'knowledge' } }, undefined);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes a coded error on, without what describes the inside of the platform', () => {
    const format = clientErrorFormatter({ log: capturingLog().log, environment: 'production' });
    const formatted = format(
      {
        message: 'id must be a UUID',
        path: ['request'],
        extensions: { code: 'BAD_USER_INPUT', field: 'id', serviceName: 'requests', response: { url: 'http://10.0.0.7:4002/graphql' }, stacktrace: ['at x'] },
      },
      undefined,
    );
    expect(formatted).toEqual({ message: 'id must be a UUID', path: ['request'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('keeps stack traces in development only', () => {
    const development = clientErrorFormatter({ log: capturingLog().log, environment: 'development' });
    expect(development({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at y'] } }, fault).extensions).toMatchObject({
      stacktrace: ['at y'],
    });
    expect(development({ message: 'x', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at y'] } }, undefined).extensions).toMatchObject({
      stacktrace: ['at y'],
    });
    const test = clientErrorFormatter({ log: capturingLog().log, environment: 'test' });
    expect(test({ message: 'x', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at y'] } }, undefined).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('shortens a message that quotes a huge input', () => {
    const format = clientErrorFormatter({ log: capturingLog().log, environment: 'production' });
    const formatted = format({ message: `Variable "$id" got invalid value "${'x'.repeat(100_000)}"`, extensions: { code: 'BAD_USER_INPUT' } }, undefined);
    expect(formatted.message.length).toBe(MAX_MESSAGE_LENGTH);
    expect(formatted.message.endsWith('…')).toBe(true);
  });

  it('lets the gateway restate an error before it is judged', () => {
    const format = clientErrorFormatter({
      log: capturingLog().log,
      environment: 'production',
      restate: (f) => (f.extensions?.limit ? { ...f, extensions: { ...f.extensions, code: 'OPERATION_LIMIT_EXCEEDED' } } : undefined),
    });
    expect(format({ message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' } }, undefined).extensions).toEqual({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 'maxDepth',
    });
  });
});
