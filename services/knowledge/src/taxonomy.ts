// What a topic code looks like. Codes are the taxonomy's stable keys, which other
// services store as text and send back as representations, so a malformed one is
// refused (an argument) or resolves to nothing (a representation) before it reaches
// SQL, as kit `parseId` and `isUuid` do for ids. The topic table checks the same shape.
import { BadUserInputError } from '@connect/kit';

/** Lower-case words joined by hyphens, such as "sanitation" or "water-supply". */
export const topicCodeShape = /^[a-z]+(-[a-z]+)*$/;

export function isTopicCode(code: unknown): code is string {
  return typeof code === 'string' && topicCodeShape.test(code);
}

export function parseTopicCode(code: string, field = 'code'): string {
  const normalised = code.trim().toLowerCase();
  if (!isTopicCode(normalised)) {
    throw new BadUserInputError(`${field} must be a topic code such as "sanitation", got ${JSON.stringify(code.slice(0, 40))}`, field);
  }
  return normalised;
}
