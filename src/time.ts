// Instants and local dates. Deadlines are counted in China's calendar days, so "today" is taken in Asia/Shanghai.

/** The one source of the current instant: the server, the CLI and every use case read it through Config or Ctx. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock standing at `at` (GONGKAI_NOW): the suite run on another day, e.g. a year with no loaded calendar, or one
 * minute before the new year in China, without a test file crossing midnight halfway through.
 */
export function fixedClock(at: Date): Clock {
  const ms = at.getTime();
  return () => new Date(ms);
}

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date (YYYY-MM-DD) it is in China at `now`. */
export function chinaToday(now: Date): string {
  return chinaDate.format(now);
}

