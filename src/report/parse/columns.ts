// The order 表三's applicant columns are printed in, read from the header words above the first row. The format prints
// the individuals' column, the five organisation columns under one group heading, and 总计 (format.ts). The five
// organisation columns share one header row, so the order their labels are read in is their printed order, in any
// extraction that reads rows; a report that prints them in another order is read in its own. The first column and
// 总计 are not moved: their header cells span two rows and come out of a PDF in either place. A header cut short or
// broken keeps the format's order.
import { APPLICANT_COLUMNS } from '../format.ts';
import type { ApplicantColumn } from '../model.ts';

const ORG = APPLICANT_COLUMNS.filter((c) => c.group).map((c) => c.key);
const LABEL = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, c.label])) as Record<ApplicantColumn, string>;
const SAME = (a: readonly string[], b: readonly string[]) => a.every((x, i) => x === b[i]);
const CANONICAL = APPLICANT_COLUMNS.map((c) => c.key);

/** The printed order of the seven columns (canonical keys); the format's order when the header does not say. */
export function columnOrder(header: string): readonly ApplicantColumn[] {
  const text = header.replace(/法人或其他组织/g, (m) => '＊'.repeat(m.length)); // its 其他 is not the column 其他
  const group = text.indexOf('＊');
  const at = (c: ApplicantColumn): number =>
    c === 'otherOrg' ? text.indexOf(LABEL[c], Math.max(group, 0)) : text.indexOf(LABEL[c]);
  const orgAt = ORG.map((c) => ({ c, i: at(c) }));
  if (group < 0 || orgAt.some((o) => o.i < 0)) return CANONICAL;
  const orgs = orgAt.sort((a, b) => a.i - b.i).map((o) => o.c);
  return SAME(orgs, ORG) ? CANONICAL : ['natural', ...orgs, 'total'];
}
