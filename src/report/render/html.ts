// The whole annual report as HTML for the portal page (a fragment the page shell wraps): title, preface, the six
// sections in the national order with the tables of 二/三/四 in the national layout (tables-html.ts), the optional
// charts as inline SVG, and the signature and date line. No style attributes: the look is in site.css.
import { type Html, html, raw } from '../../html/html.ts';
import type { Block, DocumentSection, ReportDocument } from '../document.ts';
import { monthlyPublicationsLayout, outcomeMixLayout } from './charts-layout.ts';
import { monthlyPublicationsSvg, outcomeMixSvg } from './charts-svg.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml, type TableOptions } from './tables-html.ts';

export type ReportHtmlOptions = TableOptions & {
  /** Prefix for element ids, when several reports share a page. */ idPrefix?: string;
  /** 2 when the report sits under a page's own h1 (the back office): every heading one level down. */ titleLevel?:
    | 1
    | 2;
};

const heading = (level: number, text: string, id?: string): Html =>
  id
    ? html`<${raw(`h${level}`)} id="${id}">${text}</${raw(`h${level}`)}>`
    : html`<${raw(`h${level}`)}>${text}</${raw(`h${level}`)}>`;
const block = (b: Block, level: number): Html =>
  b.kind === 'heading' ? heading(level + 2, b.text) : html`<p>${b.text}</p>`;

function sectionExtras(doc: ReportDocument, section: DocumentSection, opts: ReportHtmlOptions): Html[] {
  const prefix = opts.idPrefix ?? 'report';
  const { report, charts } = doc;
  // A chart whose figures are all zero is replaced by a sentence saying so (charts-layout.ts).
  const figure = (caption: string, svg: Html, allZero?: string) =>
    allZero
      ? html`<p>${allZero}</p>`
      : html`<figure class="report-figure">${svg}<figcaption>${caption}</figcaption></figure>`;
  switch (section.key) {
    case 'proactive':
      return [
        proactiveTableHtml(report, opts),
        ...(charts
          ? [
              figure(
                '图：各月主动公开信息条数',
                monthlyPublicationsSvg(charts.monthlyPublications, prefix),
                monthlyPublicationsLayout(charts.monthlyPublications).allZero,
              ),
            ]
          : []),
      ];
    case 'applications':
      return [
        applicationsTableHtml(report, opts),
        ...(charts
          ? [
              figure(
                '图：申请办理结果构成',
                outcomeMixSvg(charts.outcomeMix, prefix),
                outcomeMixLayout(charts.outcomeMix).allZero,
              ),
            ]
          : []),
      ];
    case 'appeals':
      return [appealsTableHtml(report, opts)];
    default:
      return [];
  }
}

export function reportHtml(doc: ReportDocument, opts: ReportHtmlOptions = {}): Html {
  const prefix = opts.idPrefix ?? 'report';
  const level = opts.titleLevel ?? 1;
  const sections = doc.sections.map((s) => {
    const id = `${prefix}-${s.key}`;
    return html`<section class="report-section" aria-labelledby="${id}">
${heading(level + 1, s.heading, id)}
${s.blocks.map((b) => block(b, level))}
${sectionExtras(doc, s, opts)}
</section>
`;
  });
  const signature = doc.dateLine
    ? html`<p class="report-signature">${doc.report.agency.name ?? ''}</p>
<p class="report-date">${doc.dateLine}</p>`
    : html`<p class="report-draft">（草稿，未发布）</p>`;
  return html`<article class="annual-report" lang="zh-CN">
${heading(level, doc.title)}
${doc.preface.map((t) => html`<p>${t}</p>`)}
${sections}${signature}
</article>`;
}
