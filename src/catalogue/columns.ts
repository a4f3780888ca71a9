// Columns (栏目): the template each kind of agency starts with, and the staleness rules of the column monitor. Pure.
// Update classes and thresholds: 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) 单项否决 "栏目不更新" (domain.md §7.3).
import { addDays, addMonths, type LocalDate } from '../calendar/dates.ts';
import type { AgencyKind } from '../agencies/kinds.ts';

export const UPDATE_CLASSES = ['news', 'notice', 'policy', 'other'] as const;
export type UpdateClass = (typeof UPDATE_CLASSES)[number];
export const UPDATE_CLASS_LABELS = {
  news: '动态要闻（2周）',
  notice: '通知公告（6个月）',
  policy: '政策文件（6个月）',
  other: '其他（不限期）',
} as const satisfies Record<UpdateClass, string>;

/** The day after which a column last updated on `last` is stale; null for columns without a cadence. */
export function staleAfter(cls: UpdateClass, last: LocalDate): LocalDate | null {
  switch (cls) {
    case 'news':
      return addDays(last, 14); // "监测时间点前2周内的动态、要闻类栏目"
    case 'notice':
    case 'policy':
      return addMonths(last, 6); // "监测时间点前6个月内的通知公告、政策文件类一级栏目"
    case 'other':
      return null;
  }
}

export type ColumnTemplate = { name: string; cls: UpdateClass; key?: boolean; basis?: string };

// 条例第二十条 (the 15 items every agency publishes), grouped as townships lay out their catalogues.
const ARTICLE_20: ColumnTemplate[] = [
  { name: '机构职能', cls: 'other', basis: '条例第二十条第（二）项' },
  { name: '政策文件', cls: 'policy', key: true, basis: '条例第二十条第（一）项' },
  { name: '规划计划', cls: 'other', basis: '条例第二十条第（三）项' },
  { name: '统计信息', cls: 'other', basis: '条例第二十条第（四）项' },
  { name: '行政许可和对外管理服务', cls: 'other', basis: '条例第二十条第（五）项' },
  { name: '行政处罚和行政强制', cls: 'other', basis: '条例第二十条第（六）项' },
  { name: '财政预决算', cls: 'other', key: true, basis: '条例第二十条第（七）项' },
  { name: '行政事业性收费', cls: 'other', basis: '条例第二十条第（八）项' },
  { name: '政府采购', cls: 'other', basis: '条例第二十条第（九）项' },
  { name: '重大建设项目', cls: 'other', basis: '条例第二十条第（十）项' },
  { name: '扶贫教育医疗社保就业', cls: 'other', key: true, basis: '条例第二十条第（十一）项' },
  { name: '应急管理', cls: 'other', basis: '条例第二十条第（十二）项' },
  { name: '监督检查', cls: 'other', basis: '条例第二十条第（十三）项' },
  { name: '人事信息', cls: 'other', basis: '条例第二十条第（十四）项' },
];

// 条例第二十一条: "乡(镇)人民政府还应当…主动公开贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、
// 宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息".
const ARTICLE_21_TOWNSHIP: ColumnTemplate[] = [
  '农业农村政策',
  '农田水利工程建设运营',
  '农村土地承包经营权流转',
  '宅基地使用情况审核',
  '土地征收',
  '房屋征收',
  '筹资筹劳',
  '社会救助',
].map((name) => ({ name, cls: 'other' as const, basis: '条例第二十一条' }));

// 基层政务公开标准化规范化 areas a township typically works in (国办发〔2019〕54号, domain.md §6.2).
const GRASSROOTS_AREAS: ColumnTemplate[] = [
  '涉农补贴',
  '农村危房改造',
  '养老服务',
  '就业',
  '社会保险',
  '医疗卫生',
  '救灾',
  '安全生产',
].map((name) => ({
  name: `基层政务公开·${name}`,
  cls: 'other' as const,
  basis: '国办发〔2019〕54号',
}));

const ALWAYS: ColumnTemplate[] = [
  { name: '工作动态', cls: 'news', key: true },
  { name: '通知公告', cls: 'notice', key: true },
  { name: '信息公开指南', cls: 'other', basis: '条例第十二条' },
  { name: '信息公开制度', cls: 'other' },
  { name: '法定主动公开内容', cls: 'other', basis: '条例第十九条' },
  { name: '政府信息公开年度报告', cls: 'other', basis: '条例第四十九条' },
];

export function columnTemplate(kind: AgencyKind): ColumnTemplate[] {
  const local = kind === 'township' ? [...ARTICLE_21_TOWNSHIP, ...GRASSROOTS_AREAS] : [];
  return [...ALWAYS, ...ARTICLE_20, ...local];
}

// ——— the column monitor ———

export type ColumnStatus = {
  id: number;
  name: string;
  cls: UpdateClass;
  key: boolean;
  lastPublished: LocalDate | null;
  nothingNewUntil: LocalDate | null;
};
export type ColumnFlag = 'stale' | 'empty' | 'due_soon' | 'quiet';
export type MonitorResult = {
  columns: Array<ColumnStatus & { flag: ColumnFlag | null; staleAfter: LocalDate | null }>;
  staleKey: number;
  stale: number;
  empty: number;
  /** 单项否决 "栏目不更新": any of ≥5 key columns stale, ≥10 stale, ≥5 empty. */
  veto: string[];
};

/** `today` is the monitoring date; `warnDays` before a column goes stale its owner is reminded (flag due_soon). */
export function monitorColumns(columns: readonly ColumnStatus[], today: LocalDate, warnDays = 3): MonitorResult {
  const rows = columns.map((c) => {
    if (!c.lastPublished) {
      if (c.nothingNewUntil && c.nothingNewUntil >= today) return { ...c, flag: 'quiet' as const, staleAfter: null };
      return { ...c, flag: 'empty' as const, staleAfter: null }; // "自栏目开设之日起就没有提供过任何信息资源"
    }
    const after = staleAfter(c.cls, c.lastPublished);
    if (!after) return { ...c, flag: null, staleAfter: null };
    if (c.nothingNewUntil && c.nothingNewUntil >= today) return { ...c, flag: 'quiet' as const, staleAfter: after };
    if (today > after) return { ...c, flag: 'stale' as const, staleAfter: after };
    if (addDays(today, warnDays) > after) return { ...c, flag: 'due_soon' as const, staleAfter: after };
    return { ...c, flag: null, staleAfter: after };
  });
  const stale = rows.filter((r) => r.flag === 'stale');
  const staleKey = stale.filter((r) => r.key).length;
  const empty = rows.filter((r) => r.flag === 'empty').length;
  const veto = [
    ...(staleKey >= 5 ? [`动态要闻、通知公告、政策文件类栏目累计 ${staleKey} 个未按期更新（≥5 个即单项否决）`] : []),
    ...(stale.length >= 10 ? [`应更新而未更新的栏目 ${stale.length} 个（≥10 个即单项否决）`] : []),
    ...(empty >= 5 ? [`空白栏目 ${empty} 个（≥5 个即单项否决）`] : []),
  ];
  return { columns: rows, staleKey, stale: stale.length, empty, veto };
}
