const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "14:05" in the reader's language (2:05 PM in English), with the date when it was not today. */
export function clockTime(at: number, now: number, language: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(language, options).format(at);
}

/** "12 minutes ago", "this minute", "2 hours ago", "yesterday": whole units, in the reader's language. */
export function timeAgo(at: number, now: number, language: string): string {
  const words = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const elapsed = Math.max(0, now - at);
  // 0 - x keeps "0 minutes" from becoming -0, which some languages word differently.
  if (elapsed < HOUR) return words.format(0 - Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return words.format(0 - Math.floor(elapsed / HOUR), 'hour');
  return words.format(0 - Math.floor(elapsed / DAY), 'day');
}
