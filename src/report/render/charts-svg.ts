// The optional charts as inline SVG (HTML output): the outcome mix as horizontal bars, monthly publications as
// columns. Each is an image with a <title> and a <desc> that states every figure, so a screen reader gets the data.
// Colours are presentation attributes, not style attributes (the CSP forbids those).
import { Html, html } from '../../http/html.ts';
import type { Charts } from '../document.ts';

const BAR = '#2f5d8a';
const INK = '#1f1f1f';
const W = 640;

/** Where the charts' ids must be unique on a page, a prefix tells them apart. */
export function outcomeMixSvg(data: Charts['outcomeMix'], idPrefix = 'chart'): Html {
  const max = Math.max(1, ...data.map((d) => d.value));
  const [labelW, rowH, top] = [120, 30, 8];
  const barMax = W - labelW - 60;
  const height = top * 2 + data.length * rowH;
  const id = `${idPrefix}-outcomes`;
  const desc = data.map((d) => `${d.label}${d.value}件`).join('，');
  return html`<svg class="report-chart" role="img" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">申请办理结果构成</title><desc id="${id}-desc">${desc}</desc>
${data.map((d, i) => {
    const y = top + i * rowH;
    const w = Math.round((d.value / max) * barMax);
    return html`<g><text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="14" fill="${INK}">${d.label}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 10}" fill="${BAR}"/><text x="${labelW + w + 6}" y="${y + 19}" font-size="14" fill="${INK}">${d.value}</text></g>`;
  })}
</svg>`;
}

export function monthlyPublicationsSvg(data: Charts['monthlyPublications'], idPrefix = 'chart'): Html {
  const max = Math.max(1, ...data.map((d) => d.count));
  const [height, base, top, left] = [240, 210, 24, 20];
  const colW = (W - left * 2) / Math.max(1, data.length);
  const id = `${idPrefix}-monthly`;
  const desc = data.map((d) => `${d.month}月${d.count}条`).join('，');
  return html`<svg class="report-chart" role="img" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">各月主动公开信息条数</title><desc id="${id}-desc">${desc}</desc>
<line x1="${left}" y1="${base}" x2="${W - left}" y2="${base}" stroke="${INK}" stroke-width="1"/>
${data.map((d, i) => {
    const h = Math.round((d.count / max) * (base - top - 16));
    const x = left + i * colW;
    return html`<g><rect x="${(x + colW * 0.15).toFixed(1)}" y="${base - h}" width="${(colW * 0.7).toFixed(1)}" height="${h}" fill="${BAR}"/><text x="${(x + colW / 2).toFixed(1)}" y="${base - h - 4}" text-anchor="middle" font-size="12" fill="${INK}">${d.count}</text><text x="${(x + colW / 2).toFixed(1)}" y="${base + 18}" text-anchor="middle" font-size="12" fill="${INK}">${d.month}月</text></g>`;
  })}
</svg>`;
}
