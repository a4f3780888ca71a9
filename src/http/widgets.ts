// Form controls beyond the text field of pages.ts: radio groups, selects and text areas, each labelled, with its error
// message linked for screen readers. Shared by the portal and the back office.
import { type Html, html } from '../html/html.ts';

type Options = Readonly<Record<string, string>>;
type Common = { name: string; label: string; value?: string; error?: string; required?: boolean; hint?: string };

const describedBy = (id: string, c: Common) =>
  [c.hint ? `${id}-hint` : '', c.error ? `${id}-err` : ''].filter(Boolean).join(' ');
const after = (id: string, c: Common) =>
  html`${c.error ? html`<p class="field-error" id="${id}-err">${c.error}</p>` : null}`;
const star = (c: Common) => (c.required ? html` <span aria-hidden="true">*</span>` : null);

export function radios(c: Common & { options: Options }): Html {
  const id = `f-${c.name}`;
  const by = describedBy(id, c);
  return html`<fieldset id="${id}"${by ? html` aria-describedby="${by}"` : null}>
<legend>${c.label}${star(c)}</legend>
${c.hint ? html`<p class="muted" id="${id}-hint">${c.hint}</p>` : null}
${Object.entries(c.options).map(([v, l]) => html`<label class="choice"><input type="radio" name="${c.name}" value="${v}"${c.value === v ? html` checked` : null}${c.required ? html` required` : null}> ${l}</label>`)}
${after(id, c)}
</fieldset>`;
}

export function select(c: Common & { options: Options; empty?: string }): Html {
  const id = `f-${c.name}`;
  const by = describedBy(id, c);
  return html`<div>
<label for="${id}">${c.label}${star(c)}</label>
${c.hint ? html`<p class="muted" id="${id}-hint">${c.hint}</p>` : null}
<select id="${id}" name="${c.name}"${by ? html` aria-describedby="${by}"` : null}${c.error ? html` aria-invalid="true"` : null}>
${c.empty !== undefined ? html`<option value="">${c.empty}</option>` : null}
${Object.entries(c.options).map(([v, l]) => html`<option value="${v}"${c.value === v ? html` selected` : null}>${l}</option>`)}
</select>
${after(id, c)}
</div>`;
}

export function textarea(c: Common & { rows?: number }): Html {
  const id = `f-${c.name}`;
  const by = describedBy(id, c);
  return html`<div>
<label for="${id}">${c.label}${star(c)}</label>
${c.hint ? html`<p class="muted" id="${id}-hint">${c.hint}</p>` : null}
<textarea id="${id}" name="${c.name}" rows="${c.rows ?? 4}"${c.required ? html` required` : null}${by ? html` aria-describedby="${by}"` : null}${c.error ? html` aria-invalid="true"` : null}>${c.value ?? ''}</textarea>
${after(id, c)}
</div>`;
}

/** The list of problems at the top of a form that failed, each linking to its field. */
export function errorSummary(
  message: string | undefined,
  fields: Readonly<Record<string, string>> | undefined,
  labels: Readonly<Record<string, string>>,
): Html {
  if (!message) return html``;
  const list = Object.entries(fields ?? {});
  return html`<div class="notice error" role="alert"><p>${list.length ? '提交的内容有误，请按提示修改：' : message}</p>
${list.length ? html`<ul>${list.map(([k, m]) => html`<li><a href="#f-${k}">${labels[k] ?? k}：${m}</a></li>`)}</ul>` : null}</div>`;
}
