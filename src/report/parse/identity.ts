// Who wrote the report and for which year: from the title, else from the sentences that name the author.
import type { AgencyLevel } from '../model.ts';

const TITLE_NAME_FIRST = /^\s*(.{2,40}?)\s*(?:关于)?\s*(\d{4})\s*年\s*度?\s*(?:的)?\s*政\s*府\s*信\s*息\s*公\s*开/;
const TITLE_YEAR_FIRST =
  /^\s*(\d{4})\s*年\s*度?\s*(.{2,40}?)\s*政\s*府\s*信\s*息\s*公\s*开\s*工\s*作\s*年\s*度\s*报\s*告/;

export function titleOf(text: string): { name: string | null; year: number | null } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6);
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

const clean = (s: string): string | null =>
  s
    .replace(/\s+/g, '')
    .replace(/^[《"“]/, '')
    .replace(/^关于/, '') || null;

/** The year when the title does not give one: the statistics period, else the year the prose names most. */
export function yearFromText(text: string): number | null {
  const period = /统计期限为?\s*(\d{4})\s*年/.exec(text);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** "本报告由X编制", "汇总X各单位情况编写", "现报告X2020年度…": the author named in the preface when no title does. */
const AUTHOR = [
  /由\s*([\u4e00-\u9fff]{2,30}?)\s*(?:根据|依据|按照|负责)?\s*(?:编制|编写|制作|起草)/,
  /汇总\s*([\u4e00-\u9fff]{2,30}?)\s*(?:各单位|各部门|所属|下属)/,
  /现(?:将|就)?报告\s*([\u4e00-\u9fff]{2,30}?)\s*\d{4}\s*年/,
  /\d{4}\s*年\s*(?:度)?\s*[,，]?\s*([\u4e00-\u9fff]{2,30}?)\s*(?:按照|根据|依据|认真|坚持|围绕|严格|深入|全面|紧紧)/,
];
const ORGAN =
  /(?:人民政府|政府|委员会|管委会|办事处|实验区|新区|开发区|局|厅|委|办公室|办|中心|街道|乡|镇|县|区|市|州|盟|旗|省)$/;

export function authorOf(prose: string): string | null {
  const head = prose.slice(0, 1500);
  for (const re of AUTHOR) {
    const m = re.exec(head);
    const name = m?.[1]?.replace(/^(?:本|我)/, '');
    if (name && ORGAN.test(name) && !/报告|条例|办法/.test(name)) return name;
  }
  return null;
}

// Most specific first: a 局 of a county is a department, not a county.
const LEVELS: readonly [RegExp, AgencyLevel][] = [
  [/(?:综合实验区|新区|开发区|高新区|经济区)(?:管委会|管理委员会)?$/, 'other'],
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
