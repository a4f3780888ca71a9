// Repeat applications (第三十六条（六）重复申请, 第三十五条): how alike two descriptions of the information sought are,
// by character bigrams (Chinese has no spaces; bigrams are what a reader compares). Pure.

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Jaccard similarity of the bigram sets, 0..1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a),
    y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

/** Alike enough to show the clerk as a possible 重复申请. */
export const SIMILAR = 0.5;
