// Days of the living demo: everything is dated relative to the day it is loaded, never in the reference year.
import type { LocalDate } from '../calendar/dates.ts';

/** The year of the reference report (../shared/reference) the demo reproduces exactly: nothing new may fall in it. */
export const REFERENCE_YEAR = 2023;

/** 10:30 in China on that day, as the Ctx's `now`. */
export function at(day: LocalDate | string): Date {
  return new Date(`${day}T02:30:00Z`);
}
