// Instants and local dates. Deadlines are counted in China's calendar days, so "today" is taken in Asia/Shanghai.
import { invalidInput } from './errors.ts';

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

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date (YYYY-MM-DD) it is in China at `now`. */
export function chinaToday(now: Date): string {
  return chinaDate.format(now);
}

/**
 * Dates a person enters for something that has already happened (an appeal filed, a decision taken, a training held):
 * none may be after today in China. Throws a 400 naming each such field; `dates` maps a field to its value and what
 * it is, e.g. `{ filedOn: [input.filedOn, '提出复议或起诉的日期'] }`.
 */
export function assertNotFuture(now: Date, dates: Record<string, readonly [string | null | undefined, string]>): void {
  const today = chinaToday(now);
  const fields = Object.fromEntries(
    Object.entries(dates)
      .filter(([, [v]]) => v && v > today)
      .map(([k, [, what]]) => [k, `${what}不能晚于今天（${today}）`]),
  );
  if (Object.keys(fields).length) throw invalidInput(`${Object.values(fields).join('；')}。`, fields);
}
