// The entry form (draft, edit, correction) of the back office.
import type { Column } from '../../catalogue/column-store.ts';
import type { Entry } from '../../catalogue/entry.ts';
import {
  DISCLOSURE_LABELS,
  DISCLOSURES,
  GENRE_LABELS,
  GENRES,
  TOPICS,
  VALIDITIES,
  VALIDITY_LABELS,
} from '../../catalogue/item.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

type Values = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function entryValues(e: Entry): Values {
  return {
    columnId: String(e.columnId),
    title: e.title,
    summary: e.summary,
    publisher: e.publisher,
    formedOn: e.formedOn,
    docNo: e.docNo ?? '',
    topic: e.topic,
    genre: e.genre,
    disclosure: e.disclosure,
    withheldReason: e.withheldReason ?? '',
    validity: e.validity,
    repealedOn: e.repealedOn ?? '',
    body: e.body,
    version: String(e.version),
  };
}

function selectField(
  name: string,
  label: string,
  options: ReadonlyArray<[string, string]>,
  value: unknown,
  error?: string,
): Html {
  return html`<div><label for="f-${name}">${label} <span aria-hidden="true">*</span></label>
<select id="f-${name}" name="${name}" required${error ? html` aria-invalid="true" aria-describedby="f-${name}-err"` : null}><option value="">请选择</option>${options.map(([v, l]) => html`<option value="${v}"${str(value) === v ? html` selected` : null}>${l}</option>`)}</select>
${error ? html`<p class="field-error" id="f-${name}-err">${error}</p>` : null}</div>`;
}

function area(name: string, label: string, value: unknown, error?: string, rows = 4): Html {
  return html`<div><label for="f-${name}">${label}</label><textarea id="f-${name}" name="${name}" rows="${rows}"${error ? html` aria-invalid="true" aria-describedby="f-${name}-err"` : null}>${str(value)}</textarea>${error ? html`<p class="field-error" id="f-${name}-err">${error}</p>` : null}</div>`;
}

export function entryFormPage(
  gk: RequestAuth,
  v: { mode: 'new' | 'edit' | 'correct'; action: string; columns: Column[]; values: Values; error?: DomainError },
): Html {
  const f = v.error?.fields ?? {};
  const title = v.mode === 'new' ? '新建信息' : v.mode === 'edit' ? '修改草稿' : '更正已发布信息';
  return adminPage(
    gk,
    title,
    html`<h1>${title}</h1>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
${v.mode === 'correct' ? html`<p class="notice warn">更正先保存为更正稿，与新信息一样经保密审查、审核（和签发）后发布；发布时替换公开版本，原版本保留在记录中，公开页面注明“已更正”。在此之前公众看到的仍是原版本。</p>` : null}
<form class="stack" method="post" action="${v.action}">
${csrfInput(gk.csrfToken)}
${v.mode !== 'new' ? html`<input type="hidden" name="version" value="${str(v.values.version)}">` : null}
${selectField(
  'columnId',
  '栏目',
  v.columns.map((c) => [String(c.id), c.name]),
  v.values.columnId,
  f.columnId,
)}
${field({ name: 'title', label: '名称（只填主标题）', value: str(v.values.title), required: true, error: f.title })}
${area('summary', '内容概述（不超过 300 字）', v.values.summary, f.summary, 3)}
${field({ name: 'publisher', label: '发布机构', value: str(v.values.publisher), required: true, error: f.publisher })}
${field({ name: 'formedOn', label: '成文日期', type: 'date', value: str(v.values.formedOn), required: true, error: f.formedOn, hint: '第二十六条：自形成或变更之日起 20 个工作日内公开' })}
${field({ name: 'docNo', label: '文号', value: str(v.values.docNo), error: f.docNo, hint: '如：东政〔2026〕3号；没有可不填' })}
${selectField(
  'topic',
  '主题分类',
  TOPICS.map((t) => [t, t]),
  v.values.topic,
  f.topic,
)}
${selectField(
  'genre',
  '体裁',
  GENRES.map((g) => [g, GENRE_LABELS[g]]),
  v.values.genre,
  f.genre,
)}
${selectField(
  'disclosure',
  '公开方式',
  DISCLOSURES.map((d) => [d, DISCLOSURE_LABELS[d]]),
  v.values.disclosure ?? 'active',
  f.disclosure,
)}
${area('withheldReason', '不予公开的理由和依据（仅不予公开时填写）', v.values.withheldReason, f.withheldReason, 2)}
${selectField(
  'validity',
  '有效性',
  VALIDITIES.map((x) => [x, VALIDITY_LABELS[x]]),
  v.values.validity ?? 'valid',
  f.validity,
)}
${field({ name: 'repealedOn', label: '废止日期（仅废止时填写）', type: 'date', value: str(v.values.repealedOn), error: f.repealedOn })}
${area('body', '正文', v.values.body, f.body, 12)}
${v.mode === 'new' ? field({ name: 'legacyIndexNo', label: '原索引号（仅导入旧信息时填写，否则自动生成）', value: str(v.values.legacyIndexNo), error: f.legacyIndexNo }) : null}
${v.mode === 'correct' ? area('reason', '更正理由', v.values.reason, f.reason, 2) : null}
<div><button type="submit">${v.mode === 'correct' ? '保存更正稿' : '保存草稿'}</button></div>
</form>`,
  );
}
