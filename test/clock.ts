// The suite's clock: the one the server under test and the CLI read (Config.clock), standing at GONGKAI_NOW when the
// suite runs on another day (`GONGKAI_NOW=2027-01-04T09:00:00+08:00 npm test`). Tests never read the wall clock.
import { loadConfig } from '../src/config.ts';
import { chinaToday } from '../src/time.ts';

export const testClock = loadConfig({ GONGKAI_SECRET: 'x'.repeat(32), GONGKAI_NOW: process.env.GONGKAI_NOW }).clock;

/** The year it is in China by the suite's clock. */
export const thisYear = (): number => Number(chinaToday(testClock()).slice(0, 4));
