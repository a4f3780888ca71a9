// The "可能已经公开" box under the description on the application form. Without JavaScript its button posts the form
// to /apply/check, which shows the matches and keeps what was typed; with JavaScript (apply-suggest.js, a served file:
// CSP allows no inline script) matches appear while typing, announced through the aria-live region.
import type { Agency } from '../../agencies/store.ts';
import { type Html, html } from '../../html/html.ts';
import type { Suggestion } from '../../requests/suggest-published.ts';

export function suggestionBox(a: Agency, found: readonly Suggestion[] | undefined): Html {
  return html`<section class="suggest" aria-labelledby="suggest-h" data-suggest-url="/api/v1/agencies/${a.code}/catalogue-suggestions">
<h3 id="suggest-h">您要的信息可能已经公开</h3>
<p class="muted">已主动公开的信息可以直接查看，不必申请。填好名称和内容描述后，可以先查一查。</p>
<p><button type="submit" class="secondary" formaction="/${a.code}/apply/check" formnovalidate>先查一查是否已公开</button></p>
<div id="suggest-results" aria-live="polite">${found === undefined ? null : suggestionList(found)}</div>
</section>`;
}

function suggestionList(found: readonly Suggestion[]): Html {
  if (!found.length) return html`<p>没有找到已公开的相关信息，您可以继续填写并提交申请。</p>`;
  return html`<p>以下信息已经主动公开，可以直接查看（在新窗口打开，本页填写的内容不会丢失）：</p>
<ul class="suggestions">${found.map((s) => html`<li><a href="${s.url}" target="_blank" rel="noopener">${s.title}</a> <span class="muted">索引号 ${s.indexNo}</span></li>`)}</ul>`;
}

/** The line at the top of the form after a no-JavaScript check, pointing to the results. */
export function checkedNotice(found: readonly Suggestion[]): Html {
  return html`<p class="notice" role="status">已按您填写的名称和内容描述查找本机关已公开的信息：${found.length ? `找到 ${found.length} 条，` : '没有找到，'}<a href="#suggest-h">查看结果</a>。您填写的内容已保留；如已选择附件，请重新选择。</p>`;
}
