// When follow-up evaluations come due: 3, 6 and 12 months after an exchange is
// completed, the same day of the month (or the month's last day when it has fewer).

/** The follow-ups after completion, in months. */
export const followUpMonths = [3, 6, 12] as const;

/** `months` calendar months after `from`, in UTC, clamped to the target month's last day. */
export function monthsAfter(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}
