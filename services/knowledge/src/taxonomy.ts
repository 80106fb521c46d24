// Reading a topic code. Codes are the taxonomy's stable keys, which other services
// store as text and send back as representations, so a malformed one is refused (an
// argument) or resolves to nothing (a representation) before it reaches SQL, as kit
// `parseId` and `isUuid` do for ids. What a code looks like is the kit's `isTopicCode`,
// the shape the topic table checks, so that every service takes the same codes.
import { BadUserInputError, isTopicCode, shorten } from '@connect/kit';

export function parseTopicCode(code: string, field = 'code'): string {
  const normalised = code.trim().toLowerCase();
  if (!isTopicCode(normalised)) {
    throw new BadUserInputError(`${field} must be a topic code such as "sanitation", got ${JSON.stringify(shorten(code))}`, field);
  }
  return normalised;
}
