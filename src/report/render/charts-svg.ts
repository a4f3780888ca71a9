// The optional charts as inline SVG (HTML, and the DOCX picture): each is an image with a <title> and a <desc> that
// states every figure, so a screen reader gets the data. Colours are presentation attributes, not style attributes
// (the CSP forbids those).
import { type Html, html } from '../../html/html.ts';
import type { Charts } from '../document.ts';
import { type ChartLayout, monthlyPublicationsLayout, outcomeMixLayout } from './charts-layout.ts';

export const BAR_COLOUR = '#2f5d8a';
const INK = '#1f1f1f';

export function chartSvg(c: ChartLayout, idPrefix = 'chart'): Html {
  const id = `${idPrefix}-${c.id}`;
  return html`<svg class="report-chart" role="img" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${c.title}</title><desc id="${id}-desc">${c.desc}</desc>
${c.lines.map((l) => html`<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${INK}" stroke-width="1"/>`)}
${c.rects.map((r) => html`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${BAR_COLOUR}"/>`)}
${c.texts.map((t) => html`<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}" font-size="${t.size}" fill="${INK}">${t.text}</text>`)}
</svg>`;
}

/** Where the charts' ids must be unique on a page, a prefix tells them apart. */
export const outcomeMixSvg = (data: Charts['outcomeMix'], idPrefix = 'chart'): Html =>
  chartSvg(outcomeMixLayout(data), idPrefix);
export const monthlyPublicationsSvg = (data: Charts['monthlyPublications'], idPrefix = 'chart'): Html =>
  chartSvg(monthlyPublicationsLayout(data), idPrefix);
