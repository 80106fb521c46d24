export * from './catalogue.ts';
export * from './in-process.ts';
export * from './inbox.ts';
export * from './names.ts';
export * from './nats.ts';
export * from './outbox.ts';
export * from './tables.ts';
export * from './transport.ts';
