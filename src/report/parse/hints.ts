// What the prose says about 表二's document counts ("本年度制发的88件规范性文件", "现行有效的行政规范性文件698件"). 表二's
// rows have no totals, so a glued run such as "8855698" cuts several ways; a cut whose cells the prose states is the
// one the report means. Hints only choose between cuts that fit equally well: they never change a cell read plainly.

/** Row → column → the figures the prose gives for that cell. */
export type Hints = Map<string, Map<string, number[]>>;

const GAP = '[^。；;，,\\d]{0,12}?';
const N = '(\\d+)\\s*件';
/** For each subject (规章, 规范性文件) and count, the sentences that state it, both word orders. */
const COUNTS: readonly { columns: readonly string[]; verbs: string }[] = [
  { columns: ['issued', 'newlyMade'], verbs: '(?:制发|印发|出台|制定|新制作|发布)' },
  { columns: ['repealed'], verbs: '(?:废止|废除)' },
  { columns: ['inForce', 'totalPublished'], verbs: '(?:现行有效|有效)' },
  { columns: ['newlyPublished'], verbs: '(?:新公开)' },
];
const SUBJECTS: readonly { row: string; noun: string }[] = [
  { row: 'normativeDocuments', noun: '(?:行政)?规范性文件' },
  { row: 'regulations', noun: '(?:政府)?规章' },
];

const PATTERNS = SUBJECTS.flatMap((s) =>
  COUNTS.map((c) => ({
    row: s.row,
    columns: c.columns,
    res: [
      new RegExp(`${c.verbs}${GAP}${s.noun}\\s*(?:共|合计)?\\s*${N}`, 'g'),
      new RegExp(`${c.verbs}${GAP}${N}${GAP}${s.noun}`, 'g'),
      new RegExp(`${s.noun}${GAP}${c.verbs}\\s*(?:共|合计)?\\s*${N}`, 'g'),
    ],
  })),
);

export function proseHints(prose: string): Hints {
  const hints: Hints = new Map();
  if (!/规范性文件|规章/.test(prose)) return hints;
  for (const p of PATTERNS) {
    for (const re of p.res) {
      for (const m of prose.matchAll(re)) {
        const row = hints.get(p.row) ?? new Map<string, number[]>();
        hints.set(p.row, row);
        for (const c of p.columns) row.set(c, [...(row.get(c) ?? []), Number(m[1])]);
      }
    }
  }
  return hints;
}
