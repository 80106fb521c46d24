// The service's clock: when follow-up evaluations come due. One place to read the time,
// so that tests can move it.
export const clock = {
  now: (): Date => new Date(),
};
