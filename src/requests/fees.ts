// 信息处理费 calculators, 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), domain.md §4. Both are 超额累进
// (第三条); an agency picks one per application, never both.

export const FEE_METHODS = ['count', 'pages'] as const;
export const FEE_BASIS = '政府信息公开信息处理费管理办法（国办函〔2020〕109号）';

/**
 * 第四条 按件计收: per applicant per natural month, the first 10 free, 11–30 at 100元/件, and from 31 "以10件为一档，
 * 每增加一档，收费标准提高100元/件" (31–40 → 200, 41–50 → 300 …; DERIVED reading, domain.md §4).
 * `before` = the applicant's applications earlier in the same month; `count` = the pieces of this application.
 */
export function countFee(before: number, count: number): number {
  let total = 0;
  for (let n = before + 1; n <= before + count; n++) total += perPiece(n);
  return total;
}

function perPiece(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 * (2 + Math.floor((n - 31) / 10));
}

/** 第五条 按量计收, per application: ≤30 pages free, 31–100 at 10元, 101–200 at 20元, 201+ at 40元 per page. */
export function pageFee(pages: number): number {
  const band = (from: number, to: number, rate: number) => Math.max(0, Math.min(pages, to) - from) * rate;
  return band(30, 100, 10) + band(100, 200, 20) + band(200, Number.POSITIVE_INFINITY, 40);
}
