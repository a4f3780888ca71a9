// The CJK "core" of each printed row label, which the text parser matches on: the format's label without its
// numbering ("三、", "（一）", "1."), plus the shorter wordings reports commonly print.
import { APPLICATION_ROWS, PROACTIVE_BLOCKS } from '../format.ts';
import type { RowSpec } from './rows.ts';
import { cjkOf } from './tokens.ts';

const stripNumbering = (label: string): string =>
  label.replace(/^[一二三四五六七八九十]+、/, '').replace(/^（[一二三四五六七八九十]）/, '').replace(/^\d+\./, '');

const EXTRA_CORES: Record<string, readonly string[]> = {
  received: ['本年新收政府信息公开申请', '本年新收申请数量'],
  carriedIn: ['上年结转政府信息公开申请', '上年结转申请数量'],
  partiallyDisclosed: ['部分公开'],
  carriedOut: ['结转下年度继续办理'],
  'other.noCorrection': ['申请人无正当理由逾期不补正'],
  'other.unpaidFee': ['申请人逾期未按收费通知要求缴纳费用'],
};

export const APPLICATION_SPECS: readonly RowSpec[] = APPLICATION_ROWS.map((r) => ({
  key: r.key,
  cores: [cjkOf(stripNumbering(r.label)), ...(EXTRA_CORES[r.key] ?? [])],
  cells: 7,
}));

/** 表二 rows of both formats (the cell count is decided per row, from the block header or the values). */
export const PROACTIVE_SPECS: readonly RowSpec[] = (() => {
  const byKey = new Map<string, Set<string>>();
  for (const blocks of Object.values(PROACTIVE_BLOCKS)) {
    for (const b of blocks) for (const r of b.rows) byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(cjkOf(r.label)));
  }
  return [...byKey].map(([key, cores]) => ({ key, cores: [...cores], cells: 3 }));
})();
