// Rules on what the report says about itself: its format, the year it reports on, 规章 at an agency that cannot make
// them, and tables that are missing.
import { looksLikeReport } from './checks-prose.ts';
import { finding } from './finding.ts';
import type { CheckContext, Finding, Report } from './model.ts';

/** The 2021 format replaced the 2019 试行 format from the 2021 reports on (国办公开办函〔2021〕30号). */
export const FORMAT_2021_FROM_YEAR = 2021;

export function checkOutdated(report: Report): Finding[] {
  if (report.year === null || report.year < FORMAT_2021_FROM_YEAR) return [];
  if (report.format !== '2019' && report.format !== 'mixed') return [];
  const what = report.format === 'mixed' ? '部分表格仍使用' : '使用的是';
  return [
    finding(
      'FORMAT.OUTDATED',
      `${report.year}年度报告${what}2019年试行格式，应改用国办公开办函〔2021〕30号印发的年度报告格式`,
      { actual: report.format },
    ),
  ];
}

export function checkMixed(report: Report): Finding[] {
  return report.format === 'mixed'
    ? [finding('FORMAT.MIXED', '同一份报告中同时出现2019年试行格式和2021年格式的表格，请统一为2021年格式')]
    : [];
}

// "统计期限为2022年1月1日至…", "截至2022年12月31日", "2022年度政府信息公开工作": the year the text says it covers.
const YEAR_CLAIMS = [
  /统计期限为?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日/g,
  /截[至止]\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g,
  /(\d{4})\s*年\s*度?\s*(?:政府信息公开|政务公开)\s*工作\s*年度\s*报告/g,
];

export function checkYear(report: Report, ctx: CheckContext): Finding[] {
  if (report.year === null || !ctx.prose) return [];
  const years = new Set<number>();
  for (const re of YEAR_CLAIMS) for (const m of ctx.prose.matchAll(re)) years.add(Number(m[1]));
  return [...years]
    .filter((y) => y !== report.year)
    .map((y) =>
      finding('YEAR.MISMATCH', `这是${report.year}年度的报告，正文却写明统计的是${y}年的情况，请核对年份`, {
        expected: report.year ?? undefined,
        actual: y,
      }),
    );
}

/** 规章 are made only by 国务院部门 and 省级/设区的市级 governments (立法法); a county or below reports 0. */
export function checkRegulationLevel(report: Report): Finding[] {
  const row = report.tables.proactive?.regulations;
  if (!row || !belowCity(report)) return [];
  const nonZero = Object.entries(row).filter(([, v]) => v !== null && v !== 0);
  return nonZero.map(([column, v]) =>
    finding(
      'T2.REGULATION_LEVEL',
      `${report.agency.name ?? '本机关'}属县级及以下，无权制定规章，表二「规章」行却填报了 ${v}，应为 0`,
      { table: 'proactive', row: 'regulations', column, expected: 0, actual: v ?? undefined },
    ),
  );
}

function belowCity(report: Report): boolean {
  const { level, name } = report.agency;
  if (level === 'county' || level === 'township' || level === 'street') return true;
  // A department of a county (示例县农业农村局, 某市某区教育局) is county level too: the last unit named decides.
  if (level !== 'department' || !name) return false;
  const units = name.replace(/市场|城市|市政|社区|区域|地区|园区|景区|辖区/g, '').match(/[省市州盟县旗区乡镇]/g);
  return !!units && /[县旗区乡镇]/.test(units[units.length - 1] ?? '');
}

/** A required table not found; a file that is no report at all gets PARSE.NOT_A_REPORT instead of three of these. */
export function checkMissingTables(report: Report, ctx: CheckContext): Finding[] {
  if (!looksLikeReport(report, ctx.prose)) return [];
  const names = {
    proactive: '表二（主动公开政府信息情况）',
    applications: '表三（收到和处理政府信息公开申请情况）',
    appeals: '表四（政府信息公开行政复议、行政诉讼情况）',
  } as const;
  return (Object.keys(names) as (keyof typeof names)[])
    .filter((t) => report.tables[t] === null)
    .map((t) =>
      finding('PARSE.MISSING_TABLE', `未找到${names[t]}；年度报告必须包含该表，请核对原文是否缺页`, { table: t }),
    );
}
