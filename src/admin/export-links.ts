// The export links of a back-office list: XLSX and CSV of what the list shows, carrying the list's current filters.
import { type Html, html } from '../html/html.ts';

export function exportLinks(base: string, query: Record<string, string | undefined>, note: string): Html {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  const href = (ext: string) => `${base}/export.${ext}${q ? `?${q}` : ''}`;
  return html`<p class="exports">导出：<a href="${href('xlsx')}" download>Excel（XLSX）</a> · <a href="${href('csv')}" download>CSV</a> <span class="muted">${note}</span></p>`;
}
