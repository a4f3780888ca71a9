// The ways a published report's text is degraded between the agency's Word file and the checker: pages copied out of a
// browser or a crawler (everything on one line, cells glued), page breaks (headings and column headers printed again),
// row numbers lost, quotes and brackets swapped, full-width digits, a label mistyped, and a page that ends mid-table.
// Each is a pure function of the text and a seed, so a failing case from the property test replays exactly.

export type Degradation = { name: string; apply: (text: string, pick: (n: number) => number) => string };

const TABLE_START = /二、主动公开政府信息情况/;

/** Only the tables are touched where the change would also rewrite prose figures (dates, amounts in sentences). */
function inTables(text: string, change: (tables: string) => string): string {
  const m = TABLE_START.exec(text);
  const end = text.search(/五、存在的主要问题/);
  if (!m) return text;
  const to = end > m.index ? end : text.length;
  return text.slice(0, m.index) + change(text.slice(m.index, to)) + text.slice(to);
}

export const DEGRADATIONS: readonly Degradation[] = [
  { name: 'join lines (a page as one line)', apply: (t, pick) => t.replace(/\n+/g, () => (pick(3) === 0 ? ' ' : '')) },
  { name: 'drop cell separators', apply: (t) => inTables(t, (s) => s.replace(/[\t|]/g, '')) },
  {
    name: 'separators to stray spaces',
    apply: (t, pick) => inTables(t, (s) => s.replace(/\t|\s*\|\s*/g, () => (pick(2) ? ' ' : ''))),
  },
  {
    name: 'glue digits of adjacent cells',
    apply: (t, pick) => inTables(t, (s) => s.replace(/(\d)[\t |]+(?=\d)/g, (all, d: string) => (pick(3) ? d : all))),
  },
  {
    name: 'repeat a heading at a page break',
    apply: (t, pick) =>
      inTables(t, (s) => {
        const marks = ['（四）无法提供', '（五）不予处理', '5.属于三类内部事务信息', '（六）其他处理'];
        const mark = marks[pick(marks.length)] as string;
        const header = [
          '三、本年度办理结果',
          '申请人情况\t自然人\t法人或其他组织\t总计\n\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
          '— 7 —',
        ][pick(3)] as string;
        return s.replace(mark, `${header}\n${mark}`);
      }),
  },
  {
    name: 'drop row numbering',
    apply: (t) =>
      inTables(t, (s) => s.replace(/(^|[^\d])\d\.(?=[\u4e00-\u9fff“"])/gm, '$1').replace(/（[一二三四五六七]）/g, '')),
  },
  {
    name: 'half-width brackets and quotes',
    apply: (t) => t.replace(/（/g, '(').replace(/）/g, ')').replace(/[“”]/g, '"'),
  },
  { name: 'corner quotes', apply: (t) => t.replace(/“/g, '「').replace(/”/g, '」') },
  {
    name: 'full-width digits',
    apply: (t) => inTables(t, (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
  },
  {
    name: 'a label mistyped',
    apply: (t, pick) =>
      inTables(
        t,
        (s) =>
          [
            s.replace('内部事务', '内容事务'),
            s.replace('只计这一情形', '只计这一情况'),
            s.replace('不掌握相关', '不掌握有关'),
          ][pick(3)] as string,
      ),
  },
  {
    name: 'a label split over lines',
    apply: (t) =>
      inTables(t, (s) =>
        s.replace('其他法律行政法规禁止公开', '其他法律行政\n法规禁止公开').replace('商业企业', '商业\n企业'),
      ),
  },
  {
    // A PDF prints a long label on two lines with the row's numbers, vertically centred, between them.
    name: 'a long label wrapped around its numbers',
    apply: (t) =>
      inTables(t, (s) => s.replace(/^([^\t\n|\d]{12})([^\t\n|\d]{8,40})((?:\t(?:\d+|\/)?)+)$/gm, '$1$3\n$2')),
  },
];

/** A page that ends somewhere in the tables. */
export function truncate(text: string, at: number): string {
  const m = TABLE_START.exec(text);
  const from = m ? m.index : 0;
  return text.slice(0, from + Math.floor((text.length - from) * at));
}
