// The report as a downloadable, standalone .html file: the portal markup with a small embedded stylesheet. It is a
// file opened from disk, not a page served under our CSP, so the <style> block is fine here (and only here).
import { html, raw } from '../../html/html.ts';
import type { ReportDocument } from '../document.ts';
import { reportHtml } from './html.ts';

const FILE_CSS = `body{max-width:48rem;margin:2rem auto;padding:0 1rem;font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC",serif;font-size:16pt;line-height:1.75}
h1{font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:22pt;text-align:center}
h2,h3{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:16pt}
h3{font-weight:normal}
.annual-report p{text-indent:2em;margin:0}
table.report-table{border-collapse:collapse;width:100%;font-size:10.5pt;line-height:1.4;margin:.5rem 0 1.5rem}
table.report-table caption{font-weight:bold;text-align:left}
table.report-table th,table.report-table td{border:1px solid #000;padding:.2rem .3rem}
table.report-table td{text-align:center}
table.report-table th.note{font-weight:normal}
.report-figure{margin:1rem 0}.report-figure svg{max-width:100%;height:auto}.report-figure figcaption{text-align:center;font-size:12pt}
.report-signature,.report-date{text-align:right}.annual-report .report-signature,.annual-report .report-date{text-indent:0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

export function reportHtmlFile(doc: ReportDocument): string {
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.title}</title><style>${raw(FILE_CSS)}</style></head>
<body><main>
${reportHtml(doc)}
</main></body></html>
`.value;
}
