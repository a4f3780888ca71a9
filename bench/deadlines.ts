// Computes 1,000,000 reply deadlines with varied cases (receipts 2020–2026, 补正, consultations, fees, extensions) on
// the real calendar, and prints deadlines per second next to a floor measured in the same run: the same number of
// bare working-day index lookups (two typed-array reads each), the least any deadline can cost. The ratio holds on a
// noisy machine where the absolute figure does not. Run: npm run bench:deadlines
import { dayNumber, formatDay } from '../src/calendar/dates.ts';
import { seedArrangements } from '../src/calendar/seed.ts';
import { buildCalendar } from '../src/calendar/working-days.ts';
import { computeDeadline } from '../src/clock/deadline.ts';
import type { DeadlineEvent, DeadlineInput } from '../src/clock/input.ts';

const N = 1_000_000;
const POOL = 1 << 16; // distinct cases, cycled: 1M pre-built cases would measure the garbage collector, not the engine
const cal = buildCalendar(seedArrangements());

let seed = 20251001;
const rand = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};

const FIRST = dayNumber(2020, 1, 1);
const SPAN = dayNumber(2026, 12, 31) - FIRST - 60;
const CHANNELS = ['in_person', 'registered_mail', 'letter', 'online', 'fax'] as const;

function randomCase(): DeadlineInput {
  const r = FIRST + rand(SPAN);
  let d = r;
  const at = (gap: number) => formatDay((d += rand(gap)));
  const events: DeadlineEvent[] = [];
  const mix = rand(8);
  if (mix === 1 || mix === 5)
    events.push({ type: 'correctionRequested', date: at(9) }, { type: 'correctionReceived', date: at(20) });
  if (mix === 2 || mix === 5)
    events.push(
      { type: 'consultationStarted', date: at(10), party: 'third_party' },
      { type: 'consultationEnded', date: at(20), party: 'third_party' },
    );
  if (mix === 3) events.push({ type: 'feeNoticeSent', date: at(10) }, { type: 'feePaid', date: at(25) });
  if (mix === 4 || mix === 5) events.push({ type: 'extended', date: at(20), workingDays: 1 + rand(20) });
  if (mix === 6) events.push({ type: 'consultationStarted', date: at(10), party: 'agency' });
  return { received: formatDay(r), channel: CHANNELS[rand(5)]!, events };
}

const cases = Array.from({ length: POOL }, randomCase);

function time(label: string, fn: () => number, count = N): number {
  fn(); // warm up the JIT
  let seconds = Infinity;
  let check = 0;
  for (let run = 0; run < 3; run++) {
    // best of three: noise only ever slows a run down
    const t0 = process.hrtime.bigint();
    check = fn();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const perSecond = count / seconds;
  console.log(
    `${label.padEnd(46)} ${(perSecond / 1e6).toFixed(2).padStart(7)} M/s  (best of 3: ${seconds.toFixed(3)} s, check ${check})`,
  );
  return perSecond;
}

// Floor: the bare index lookup "20th working day after d" N times, as in the engine's simplest case.
const floor = time('floor: bare index lookups (nth[cum[d] + 20])', () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const d = FIRST + ((i * 7919) % SPAN) - cal.first;
    sum = (sum + cal.nth[cal.cum[d]! + 20]!) | 0;
  }
  return sum;
});

const bulk = time('deadlines, no trace (lists, recompute)', () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const due = computeDeadline(cal, cases[i & (POOL - 1)]!, { trace: false }).due;
    sum = (sum + (due ? due.charCodeAt(9) : 0)) | 0;
  }
  return sum;
});

const TRACED = N / 10; // a trace is ~30 objects: it is built for one case page, not for lists
const traced = time(
  'deadlines with day-by-day trace (1/10 as many)',
  () => {
    let sum = 0;
    for (let i = 0; i < TRACED; i++) sum = (sum + computeDeadline(cal, cases[i & (POOL - 1)]!).trace!.length) | 0;
    return sum;
  },
  TRACED,
);

console.log(
  `\n${(bulk / 1e6).toFixed(2)} M deadlines/s without trace (target > 1 M/s: ${bulk > 1e6 ? 'met' : 'NOT met'}); ` +
    `${(floor / bulk).toFixed(1)}× the cost of a bare index lookup; with trace ${(traced / 1e3).toFixed(0)} k/s`,
);
