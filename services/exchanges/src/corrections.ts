// Corrections by an author of what they recorded (an evaluation, an outcome): open for
// CORRECTION_WINDOW_DAYS after the recording, then closed. The values before are kept
// (evaluation_correction, outcome_correction), so a correction never loses history.
import { refuse } from '@connect/kit';

const day = 86_400_000;

/** The instant the correction window of a record made at `at` closes. */
export function correctionWindowClosesAt(at: Date, days: number): Date {
  return new Date(at.getTime() + days * day);
}

/** Refuses a correction once the window has closed, naming when it did. */
export function refuseClosedWindow(at: Date, days: number, what: string, field: string, now: Date = new Date()): void {
  const closes = correctionWindowClosesAt(at, days);
  if (now >= closes) {
    refuse(
      'CORRECTION_WINDOW_CLOSED',
      `${what} may be corrected for ${days} days after it was recorded (${at.toISOString()}); the window closed at ${closes.toISOString()}`,
      field,
    );
  }
}
