// When the evaluations after an exchange open: the one at the end (0 months) on
// completion, each follow-up N months after the day the exchange completed. One rule,
// used where evaluations are recorded and where the evaluations due are listed.

/** The follow-ups an AFTER evaluation may be: at the end, then 3, 6 and 12 months later. */
export const followUpMonths = [0, 3, 6, 12] as const;

/**
 * The day (YYYY-MM-DD, UTC) a follow-up opens: the completion day plus `months` calendar
 * months; a day the month lacks becomes its last (31 August + 6 months → 28 or 29 February).
 */
export function followUpOpensOn(completedAt: Date, months: number): string {
  const year = completedAt.getUTCFullYear();
  const month = completedAt.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(completedAt.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** Today, as the rule compares it (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
