// Instants and local dates. Deadlines are counted in China's calendar days, so "today" is taken in Asia/Shanghai.

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date (YYYY-MM-DD) it is in China at `now`. */
export function chinaToday(now: Date): string {
  return chinaDate.format(now);
}

export function iso(now: Date): string {
  return now.toISOString();
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}
