// The text the checker read, beside its findings: every cell read is underlined (its name on hover), the places the
// open findings point at are marked by severity, and each has an id the findings link to.
import { html, type Html } from '../../html/html.ts';
import type { Piece } from '../../report/source-marks.ts';

export function sourceSection(pieces: readonly Piece[] | null): Html {
  if (!pieces) return html`<p class="muted">未保存原文件，无法显示原文。</p>`;
  return html`<section class="checker-source" aria-labelledby="source-h"><h2 id="source-h">原文（检查时读到的文字）</h2>
<p class="muted">下划线为读到数字的单元格（鼠标停留可见是哪一格）；红色为错误、黄色为警告所在之处。问题旁的“在原文中查看”跳到对应位置。</p>
<pre class="source" tabindex="0">${pieces.map((p) => (p.mark ? html`<mark id="${p.mark.id}" class="${`src-${p.mark.severity ?? 'cell'}`}" title="${p.mark.title}">${p.text}</mark>` : p.text))}</pre></section>`;
}
