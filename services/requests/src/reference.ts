// The human reference of a request, REQ-YYYY-NNNN: the year of drafting and a number
// within that year. People type it from letters and e-mails, so it is read leniently
// (spaces, lower case) but must have that shape before it reaches SQL.
import { BadUserInputError, shorten } from '@connect/kit';

const referencePattern = /^REQ-\d{4}-\d{4,9}$/;

/** How a cursor over requests carries its sort value: reference_order, a year and nine digits. */
export const isReferenceOrder = (value: string) => /^\d{13}$/.test(value);

/** The reference in canonical form, or BAD_USER_INPUT when it is not one. */
export function parseReference(reference: string, field = 'reference'): string {
  const canonical = reference.trim().toUpperCase();
  if (!referencePattern.test(canonical)) {
    throw new BadUserInputError(`${field} must look like REQ-2017-0001, got "${shorten(reference)}"`, field);
  }
  return canonical;
}
