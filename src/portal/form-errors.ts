// The error summary of a citizen's form that came back (GOV.UK error summary pattern): at the top of the main
// content, focused on load (autofocus, so it works without JavaScript), one link per problem to its field, in the
// order the fields stand on the page, each named by its label; the page title starts with "错误：" (layout.ts).
import { type Html, html } from '../html/html.ts';

/** `fields`: field name → message; `labels`: field name → label, in page order (the summary follows that order). */
export function errorSummary(
  message: string | undefined,
  fields: Readonly<Record<string, string>> | undefined,
  labels: Readonly<Record<string, string>>,
): Html {
  if (!message) return html``;
  const order = Object.keys(labels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const list = Object.entries(fields ?? {}).sort(([a], [b]) => rank(a) - rank(b));
  const named = list.filter(([k]) => k in labels);
  const other = list.filter(([k]) => !(k in labels)).map(([, m]) => m);
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">提交的内容有误</h2>
${named.length ? html`<p>请按以下提示修改后重新提交：</p>` : html`<p>${message}</p>`}
${named.length || other.length ? html`<ul>${named.map(([k, m]) => html`<li><a href="#f-${k}">${labels[k]}：${m}</a></li>`)}${other.map((m) => html`<li>${m}</li>`)}</ul>` : null}
</div>`;
}
