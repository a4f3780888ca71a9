// Back-office views of the 标准目录 kept by hand: one item (edit, order, delete, its linked entries), the import form,
// and the entry page's block linking the entry to the items it fulfils.
import type { Column } from '../../catalogue/column-store.ts';
import { CHANNEL_CARRIERS, type StandardItem } from '../../catalogue/standard-catalogue.ts';
import type { LinkedEntry } from '../../catalogue/standard-link-store.ts';
import { STATE_LABELS } from '../../catalogue/review.ts';
import type { DomainError } from '../../errors.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, field } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

const sel = (name: string, label: string, opts: ReadonlyArray<[string, string]>, value: string) =>
  html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${opts.map(([v, l]) => html`<option value="${v}"${v === value ? html` selected` : null}>${l}</option>`)}</select></div>`;
const post = (gk: RequestAuth, action: string, label: string, hidden: Record<string, string> = {}) =>
  html`<form class="inline" method="post" action="${action}">${csrfInput(gk.csrfToken)}${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit" class="secondary">${label}</button></form>`;

export function standardItemPage(
  gk: RequestAuth,
  v: { item: StandardItem; columns: Column[]; entries: LinkedEntry[]; error?: DomainError; flash?: string },
): Html {
  const it = v.item;
  const base = `/admin/catalogue/standard/items/${it.id}`;
  const current = v.entries.some((e) => e.state === 'published' && e.validity === 'valid');
  return adminPage(
    gk,
    `${it.level1} · ${it.level2}`,
    html`<h1>${it.level1} · ${it.level2}</h1>
${v.flash ? html`<div class="notice ok" role="status">${v.flash}</div>` : null}${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<p>${current ? '已有现行信息（已发布且有效）。' : html`<strong>尚无现行信息</strong>：请关联已发布的信息，或发布新信息后关联。`}</p>
<h2>落实本事项的信息</h2>
${v.entries.length ? html`<ul>${v.entries.map((e) => html`<li><a href="/admin/catalogue/${e.id}">${e.title}</a>（${e.indexNo}，${STATE_LABELS[e.state as keyof typeof STATE_LABELS] ?? e.state}${e.publishedOn ? `，${e.publishedOn} 发布` : ''}） ${post(gk, `${base}/links`, '取消关联', { entryId: String(e.id), linked: '0' })}</li>`)}</ul>` : html`<p class="muted">尚未关联信息。</p>`}
<form class="stack" method="post" action="${base}/links">${csrfInput(gk.csrfToken)}<input type="hidden" name="linked" value="1">
<div><label for="f-indexNo">按索引号关联信息</label><input id="f-indexNo" name="indexNo" class="mono" required></div><div><button type="submit">关联</button></div></form>
<h2>顺序与删除</h2>
<p>${post(gk, `${base}/move`, '上移', { by: 'up' })} ${post(gk, `${base}/move`, '下移', { by: 'down' })} ${post(gk, `${base}/delete`, '删除本事项（同时取消其关联）')}</p>
<h2>修改</h2>
<form class="stack" method="post" action="${base}">${csrfInput(gk.csrfToken)}
${field({ name: 'level1', label: '一级事项', value: it.level1, required: true })}${field({ name: 'level2', label: '二级事项', value: it.level2, required: true })}
${field({ name: 'content', label: '公开内容（要素）', value: it.content, required: true })}${field({ name: 'basis', label: '公开依据', value: it.basis, required: true })}
${field({ name: 'timeLimit', label: '公开时限', value: it.timeLimit, required: true })}${field({ name: 'subject', label: '公开主体', value: it.subject, required: true })}
<fieldset><legend>公开渠道和载体</legend>${CHANNEL_CARRIERS.map((c, i) => html`<div><input type="checkbox" id="ch-${i}" name="channels" value="${c}"${it.channels.includes(c) ? html` checked` : null}> <label class="inline" for="ch-${i}">${c}</label></div>`)}</fieldset>
${sel('columnId', '发布栏目', [['', '不关联'], ...v.columns.map((c): [string, string] => [String(c.id), c.name])], String(it.columnId ?? ''))}
${sel(
  'audience',
  '公开对象',
  [
    ['all', '全社会'],
    ['specific', '特定群众'],
  ],
  it.audience,
)}${sel(
  'mode',
  '公开方式',
  [
    ['active', '主动'],
    ['on_request', '依申请公开'],
  ],
  it.mode,
)}${sel(
  'tier',
  '公开层级',
  [
    ['township', '乡级'],
    ['county', '县级'],
  ],
  it.tier,
)}
<div><button type="submit">保存</button></div></form>
<p><a href="/admin/catalogue/standard">返回标准目录</a></p>`,
  );
}

export function standardImportForm(gk: RequestAuth): Html {
  return html`<h2>导入省级标准目录</h2>
<form class="stack" method="post" action="/admin/catalogue/standard/import" enctype="multipart/form-data">${csrfInput(gk.csrfToken)}
<div><label for="f-sfile">标准目录 Excel（.xlsx，国办发〔2019〕54号的列：一级事项、二级事项、公开内容（要素）……公开层级）</label><input id="f-sfile" type="file" name="file" accept=".xlsx" required></div>
<div><input type="checkbox" id="f-replace" name="replace" value="1"> <label class="inline" for="f-replace">替换现有事项（现有事项及其关联将删除）</label></div>
<div><button type="submit" name="mode" value="check">检查（不写入）</button> <button type="submit" name="mode" value="import">导入</button></div></form>`;
}

/** On the entry's page: the 标准目录 items it fulfils, and a form to link it to another. */
export function entryStandardBlock(
  gk: RequestAuth,
  entryId: number,
  items: StandardItem[],
  linked: readonly number[],
): Html {
  if (!items.length) return html``;
  const mine = items.filter((it) => linked.includes(it.id!));
  return html`<h2>标准目录事项</h2>
${mine.length ? html`<ul>${mine.map((it) => html`<li><a href="/admin/catalogue/standard/items/${it.id}">${it.level1} · ${it.level2}</a> ${post(gk, `/admin/catalogue/${entryId}/standard`, '取消关联', { itemId: String(it.id), linked: '0' })}</li>`)}</ul>` : html`<p class="muted">本信息尚未关联标准目录事项。</p>`}
<form class="stack" method="post" action="/admin/catalogue/${entryId}/standard">${csrfInput(gk.csrfToken)}<input type="hidden" name="linked" value="1">
${sel(
  'itemId',
  '关联到事项',
  items
    .filter((it) => !linked.includes(it.id!))
    .map((it): [string, string] => [String(it.id), `${it.level1} · ${it.level2}`]),
  '',
)}<div><button type="submit">关联</button></div></form>`;
}
