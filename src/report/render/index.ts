// One entry for every output of the annual report: the report JSON (report-schema.md), the standalone HTML file,
// DOCX, XLSX, PDF and plain text, each a pure function of the ReportDocument. The portal page itself uses html.ts.
import type { ReportDocument } from '../document.ts';
import type { Report } from '../model.ts';
import { renderReportDocx } from './docx.ts';
import { reportHtmlFile } from './html-file.ts';
import { renderReportPdf } from './pdf.ts';
import { renderText } from './text.ts';
import { renderReportXlsx } from './xlsx.ts';

export const OUTPUT_FORMATS = ['json', 'html', 'docx', 'xlsx', 'pdf', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type RenderedReport = { bytes: Buffer; contentType: string; extension: string };

const TYPES: Record<OutputFormat, { contentType: string; extension: string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  text: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
};

/** The report JSON with its keys in the order report-schema.md shows them (added fields after). */
export function reportJson(report: Report): string {
  const { schema, agency, year, format, source, tables, narrative, findings, ...added } = report;
  return `${JSON.stringify({ schema, agency, year, format, source, tables, narrative, findings, ...added }, null, 2)}\n`;
}

const paragraphs = (doc: ReportDocument, key: string): string =>
  doc.sections
    .find((s) => s.key === key)
    ?.blocks.map((b) => b.text)
    .join('\n') ?? '';

async function bytesOf(doc: ReportDocument, format: OutputFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(reportJson(doc.report));
    case 'html':
      return Buffer.from(reportHtmlFile(doc));
    case 'docx':
      return renderReportDocx(doc);
    case 'xlsx':
      return renderReportXlsx(doc);
    case 'pdf':
      return renderReportPdf(doc);
    case 'text': {
      const text = renderText(doc.report, 'tab', [...doc.preface, paragraphs(doc, 'overview')].join('\n'), {
        problems: paragraphs(doc, 'problems'),
        other: paragraphs(doc, 'other'),
      });
      return Buffer.from(
        `${text.replace(/^.*\n/, `${doc.title}\n`)}${doc.dateLine ? `\n${doc.report.agency.name ?? ''}\n${doc.dateLine}\n` : ''}`,
      );
    }
  }
}

export async function renderReport(doc: ReportDocument, format: OutputFormat): Promise<RenderedReport> {
  return { bytes: await bytesOf(doc, format), ...TYPES[format] };
}

/** "东和乡人民政府2023年政府信息公开工作年度报告.pdf", safe as a download name. */
export function reportFileName(doc: ReportDocument, extension: string): string {
  return `${doc.title.replace(/[\\/:*?"<>|\r\n]+/g, '_')}.${extension}`;
}
