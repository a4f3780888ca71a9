// The annual report as a document: the report JSON (the tables, the contract) plus the prose of sections 一 to 六 in
// the national order. Built from live data (report/build) and drawn by every renderer (render/*): HTML, DOCX, XLSX,
// PDF. The tables are not repeated here: sections 二, 三 and 四 print `report.tables` after their blocks.
import { inResultGroup, RESULT_GROUPS, type SECTIONS } from './format.ts';
import { type ApplicationsTable, entriesOf, type Report } from './model.ts';

export type SectionKey = (typeof SECTIONS)[number]['key'];

/** A block of prose: a subsection heading such as "（一）主动公开政府信息情况", or a paragraph. */
export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

export type DocumentSection = { key: SectionKey; heading: string; blocks: readonly Block[] };

/** Optional charts, drawn as SVG where the output can hold it. */
/** 表三's results by outcome group (总计 column), for the outcome-mix chart. */
export function outcomeMix(t: ApplicationsTable): Charts['outcomeMix'] {
  return RESULT_GROUPS.map((g) => ({
    label: g.label,
    value: entriesOf(t)
      .filter(([k]) => inResultGroup(k, g.key))
      .reduce((a, [, row]) => a + (row.total ?? 0), 0),
  }));
}

export type Charts = {
  /** 表三 results by outcome group (format.ts RESULT_GROUPS). */
  outcomeMix: readonly { label: string; value: number }[];
  /** Items proactively published per month, January to December. */
  monthlyPublications: readonly { month: number; count: number }[];
};

export type ReportDocument = {
  report: Report;
  /** "东和乡人民政府2023年政府信息公开工作年度报告" */
  title: string;
  /** Paragraphs before section 一 (the statutory basis and the statistics period). */
  preface: readonly string[];
  sections: readonly DocumentSection[];
  charts: Charts | null;
  /** Date line under the report, e.g. "2024年1月20日"; null while a draft. */
  dateLine: string | null;
};

/** Key of a table cell, as used for marks (findings) and drill-down links. */
export const cellKey = (table: string, row: string, column: string): string => `${table}|${row}|${column}`;
