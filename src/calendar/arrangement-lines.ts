// The back-office form's way to type a year's arrangement: one line per day or range, as the notice lists them.
//   2027-01-01 休 元旦            a day off
//   2027-02-06~2027-02-12 休 春节  a range of days off (both ends included)
//   2027-02-14 班 春节            a 调休 make-up working day
// Pure: returns the days for validateArrangement, or the line numbers that could not be read.
import { invalidInput } from '../errors.ts';
import { addDays, parseDate } from './dates.ts';
import type { DayKind } from './dates.ts';

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*[~～至到-]\s*(\d{4}-\d{2}-\d{2}))?\s+(休|班|放假|上班)\s+(\S.*)$/;
const MAX_RANGE = 15; // the longest holiday block ever announced is 9 days (2020's 春节 extension aside)

export function parseArrangementLines(text: string): Array<{ date: string; kind: DayKind; name: string }> {
  const days: Array<{ date: string; kind: DayKind; name: string }> = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = LINE.exec(line);
    const [from, to = from] = [m?.[1], m?.[2]];
    if (!m || !from || parseDate(from) === undefined || parseDate(to!) === undefined || to! < from) {
      errors.push(
        `第 ${i + 1} 行“${line.slice(0, 40)}”看不懂：应写成“2027-01-01 休 元旦”或“2027-02-06~2027-02-12 休 春节”或“2027-02-14 班 春节”`,
      );
      return;
    }
    const kind: DayKind = m[3] === '休' || m[3] === '放假' ? 'off' : 'work';
    for (let d = from, n = 0; d <= to!; d = addDays(d, 1), n++) {
      if (n >= MAX_RANGE) {
        errors.push(`第 ${i + 1} 行：日期范围超过 ${MAX_RANGE} 天，请检查起止日期`);
        return;
      }
      days.push({ date: d, kind, name: m[4]!.trim() });
    }
  });
  if (errors.length) throw invalidInput(errors.join('；'), { days: errors.join('；') });
  return days;
}
