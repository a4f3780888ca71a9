// Reading a year's arrangement from a file: our JSON, holiday-cn's JSON, or an .ics calendar (chinese-days' or
// holiday-cn's). Pure: text in, ArrangementInput out; validateArrangement() then checks the content.
//
// Our JSON:
//   { "year": 2027,
//     "notice": { "title": "国务院办公厅关于2027年部分节假日安排的通知", "date": "2026-11-04" },
//     "days": [ { "date": "2027-01-01", "off": true, "name": "元旦" }, { "date": "2027-02-06", "off": false, "name": "春节" }, … ] }
// holiday-cn (github.com/NateScarlet/holiday-cn): { "year": 2027, "papers": [url], "days": [{ "name", "date", "isOffDay" }] }
// .ics: each VEVENT's DTSTART/DTEND (DTEND exclusive) is a range of days; SUMMARY "春节(休)" / "春节(班)" (chinese-days)
// or "春节假期" / "上班(补春节假期)" (holiday-cn) says off or working.
import { z } from 'zod';
import { invalidInput } from '../errors.ts';
import type { ArrangementInput } from './arrangement.ts';
import { formatDay, parseDate, yearOf } from './dates.ts';

const date = z
  .string({ error: '日期应为文本，格式 YYYY-MM-DD' })
  .refine((s) => parseDate(s) !== undefined, '不是有效日期，请按 YYYY-MM-DD 填写');
const year = z.number({ error: '请填写年份，例如 2027' }).int('年份应为整数');

const OurJson = z.object({
  year,
  notice: z.object({ title: z.string().min(1, '请填写通知标题'), date }).nullish(),
  days: z.array(
    z.object({ date, off: z.boolean({ error: '请用 off: true 表示放假，off: false 表示调休上班' }), name: z.string() }),
  ),
});

const HolidayCnJson = z.object({
  year,
  papers: z.array(z.string()).optional(),
  days: z.array(z.object({ name: z.string(), date, isOffDay: z.boolean() })),
});

/** One or more years' arrangements from a file's text; `fileName` (no directories) is kept as the source. */
export function parseArrangementFile(text: string, fileName: string): ArrangementInput[] {
  const source = `import:${fileName}`;
  if (/^\s*BEGIN:VCALENDAR/.test(text)) return parseIcs(text, source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidInput('文件既不是 JSON 也不是 .ics 日历，请检查文件格式。');
  }
  const isHolidayCn =
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { days?: unknown }).days) &&
    ((json as { days: unknown[] }).days.some((d) => typeof d === 'object' && d !== null && 'isOffDay' in d) ||
      'papers' in json);
  if (isHolidayCn) {
    const p = parseWith(HolidayCnJson, json);
    const paper = p.papers?.[0];
    return [
      {
        year: p.year,
        notice: null,
        source: paper ? `holiday-cn ${paper}` : source,
        days: p.days.map((d) => ({ date: d.date, kind: d.isOffDay ? 'off' : 'work', name: d.name })),
      },
    ];
  }
  const p = parseWith(OurJson, json);
  return [
    {
      year: p.year,
      notice: p.notice ?? null,
      source,
      days: p.days.map((d) => ({ date: d.date, kind: d.off ? 'off' : 'work', name: d.name })),
    },
  ];
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const fields = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.') || 'file', i.message]));
  const [where, message] = Object.entries(fields)[0]!;
  throw invalidInput(`文件内容有误（${where}）：${message}`, fields);
}

function parseIcs(text: string, source: string): ArrangementInput[] {
  const lines = text
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n'); // unfold continuation lines (RFC 5545 §3.1)
  const byYear = new Map<number, ArrangementInput['days'][number][]>();
  let ev: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') ev = {};
    else if (line === 'END:VEVENT' && ev) {
      for (const d of eventDays(ev)) {
        const y = yearOf(parseDate(d.date)!);
        byYear.set(y, [...(byYear.get(y) ?? []), d]);
      }
      ev = undefined;
    } else if (ev) {
      const m = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
      if (m) ev[m[1]!] = m[3]!;
    }
  }
  if (byYear.size === 0) throw invalidInput('.ics 文件中没有放假或调休事件（VEVENT），请检查文件。');
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([y, days]) => ({ year: y, notice: null, source, days }));
}

function eventDays(ev: Record<string, string>): ArrangementInput['days'] {
  const start = icsDate(ev.DTSTART);
  const end = ev.DTEND ? icsDate(ev.DTEND) : start + 1;
  const summary = ev.SUMMARY ?? '';
  // "班" marks a working day (上班, 补班, "(班)"); "休" or "假" a day off. Checked in that order: "上班(补春节假期)" holds both.
  const kind = summary.includes('班') ? 'work' : /[休假]/.test(summary) ? 'off' : undefined;
  if (!kind) throw invalidInput(`无法判断“${summary}”是放假还是上班：SUMMARY 中应含“休”“假”或“班”。`);
  const name = summary.replace(/\((休|班)\)|（(休|班)）|上班|补班|假期|[()（）]|补/g, '').trim() || summary;
  const out: { date: string; kind: 'off' | 'work'; name: string }[] = [];
  for (let d = start; d < end; d++) out.push({ date: formatDay(d), kind, name });
  return out;
}

function icsDate(value: string | undefined): number {
  const m = value ? /^(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  const day = m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
  if (day === undefined) throw invalidInput(`.ics 事件的日期无法识别：${value ?? '（缺少 DTSTART）'}`);
  return day;
}
