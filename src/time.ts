// Instants and local dates. Deadlines are counted in China's calendar days, so "today" is taken in Asia/Shanghai.

/** The one source of the current instant: the server, the CLI and every use case read it through Config or Ctx. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that starts at `start` and runs on at the real pace (GONGKAI_NOW: tests and demonstrations on another day). */
export function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

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
