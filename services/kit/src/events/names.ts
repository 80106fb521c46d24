// Where a deployment's events live on NATS. A deployment is one stream and one subject
// prefix; NATS refuses a second stream over the same subjects, so two deployments on
// one server choose both. Durable consumers live inside their stream, and their names
// also carry a prefix that is not the default, so that consumers of different
// deployments never read alike in monitoring either.

export const DEFAULT_EVENTS_STREAM = 'CONNECT_EVENTS';
export const DEFAULT_EVENTS_SUBJECT_PREFIX = 'connect.events';

export interface EventNames {
  stream: string;
  subjectPrefix: string;
}

export const defaultEventNames: EventNames = {
  stream: DEFAULT_EVENTS_STREAM,
  subjectPrefix: DEFAULT_EVENTS_SUBJECT_PREFIX,
};

/**
 * The durable consumer of a service: its bare name under the default prefix (the names
 * deployments have always had), `<service>-<prefix with "_" for ".">` otherwise.
 */
export function durableConsumerName(service: string, names: EventNames): string {
  if (names.subjectPrefix === DEFAULT_EVENTS_SUBJECT_PREFIX) return service;
  return `${service}-${names.subjectPrefix.replaceAll('.', '_')}`;
}
