// Who wrote the report and for which year (from the title and the text), and the figures its prose states.
import type { AgencyLevel, Narrative } from '../model.ts';

const TITLE_NAME_FIRST = /^\s*(.{2,40}?)\s*(?:关于)?\s*(\d{4})\s*年\s*度?\s*(?:的)?\s*政\s*府\s*信\s*息\s*公\s*开/;
const TITLE_YEAR_FIRST = /^\s*(\d{4})\s*年\s*度?\s*(.{2,40}?)\s*政\s*府\s*信\s*息\s*公\s*开\s*工\s*作\s*年\s*度\s*报\s*告/;

export function titleOf(text: string): { name: string | null; year: number | null } {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 6);
  // A title on one line, else broken over two (PDF extraction often breaks long titles).
  for (const span of [1, 2]) {
    for (let i = 0; i + span <= lines.length; i++) {
      const head = lines.slice(i, i + span).join('');
      const a = TITLE_NAME_FIRST.exec(head);
      if (a && !/[，。；]/.test(a[1] as string)) return { name: clean(a[1] as string), year: Number(a[2]) };
      const b = TITLE_YEAR_FIRST.exec(head);
      if (b && !/[，。；]/.test(b[2] as string)) return { name: clean(b[2] as string), year: Number(b[1]) };
    }
  }
  return { name: null, year: null };
}

const clean = (s: string): string | null => s.replace(/\s+/g, '').replace(/^[《"“]/, '') || null;

/** The year when the title does not give one: the statistics period, else the year the prose names most. */
export function yearFromText(text: string): number | null {
  const period = /统计期限为?\s*(\d{4})\s*年/.exec(text);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// Most specific first: a 局 of a county is a department, not a county.
const LEVELS: readonly [RegExp, AgencyLevel][] = [
  [/街道(?:办事处)?$|街道办$/, 'street'],
  [/(?:局|委员会|委|办公室|办|厅|署|中心|院|馆|所|站|队|处|公司|管委会|分局)$/, 'department'],
  [/(?:乡|镇|苏木)(?:人民)?(?:政府)?$/, 'township'],
  [/(?:北京|天津|上海|重庆)市(?:人民政府)?$|(?:省|自治区)(?:人民政府)?$/, 'province'],
  [/(?:县|旗|区|县级市)(?:人民)?(?:政府)?$/, 'county'],
  [/(?:市|自治州|州|盟|地区)(?:人民)?(?:政府)?$/, 'city'],
];

export function levelOf(name: string | null): AgencyLevel | null {
  if (!name) return null;
  return LEVELS.find(([re]) => re.test(name))?.[1] ?? 'other';
}

const N = '(\\d+)';
const PROACTIVE = [new RegExp(`主动公开[^。；;]{0,40}?${N}\\s*条`), new RegExp(`公开[^。；;]{0,20}?政府信息\\s*(?:共\\s*)?${N}\\s*条`)];
const RECEIVED = [
  new RegExp(`(?:新收|收到|受理|接到|共收)[^。；;，,]{0,20}?申请\\s*(?:共\\s*|数量为?\\s*)?${N}\\s*[件个条]`),
  new RegExp(`申请\\s*(?:共\\s*)?${N}\\s*件`),
];
const NO_APPLICATIONS = /(?:未|没有)(?:接到|收到|受理|发生)[^。；;]{0,12}申请/;
const RECONSIDERATIONS = new RegExp(`行政复议[^。；;，,]{0,8}?${N}\\s*[件起宗]`);
const LAWSUITS = new RegExp(`(?:行政)?诉讼[^。；;，,]{0,8}?${N}\\s*[件起宗]`);
const NO_RECONSIDERATION = /(?:未|没有)(?:发生|出现|收到)[^。；;]{0,16}行政复议/;
const NO_LAWSUIT = /(?:未|没有)(?:发生|出现|收到)[^。；;]{0,16}(?:行政诉讼|诉讼)/;

export function narrativeOf(prose: string): Narrative {
  const first = (res: readonly RegExp[]): number | null => {
    for (const re of res) { const m = re.exec(prose); if (m) return Number(m[1]); }
    return null;
  };
  return {
    proactiveCount: first(PROACTIVE),
    applicationsReceived: first(RECEIVED) ?? (NO_APPLICATIONS.test(prose) ? 0 : null),
    reconsiderations: first([RECONSIDERATIONS]) ?? (NO_RECONSIDERATION.test(prose) ? 0 : null),
    lawsuits: first([LAWSUITS]) ?? (NO_LAWSUIT.test(prose) ? 0 : null),
  };
}
