// Views of the public catalogue: the agency home blocks, the catalogue with its filters, search results, the entry
// page with its metadata block and downloads. Server-rendered, no JavaScript.
import type { Agency } from '../../agencies/store.ts';
import type { Column } from '../../catalogue/column-store.ts';
import type { Attachment, Entry } from '../../catalogue/entry.ts';
import { DISCLOSURE_LABELS, GENRE_LABELS, GENRES, TOPICS, VALIDITY_LABELS, VALIDITIES } from '../../catalogue/item.ts';
import type { EntryAgency, ListedEntry, Page } from '../../catalogue/public-store.ts';
import { html, type Html } from '../../html/html.ts';
import type { RequestAuth } from '../../http/session.ts';
import { errorSummary } from '../form-errors.ts';
import { type Chrome, portalPage } from '../layout.ts';
import { mark, snippet } from '../../search/highlight.ts';
import { type CatalogueQuery, queryString } from './query.ts';

type Listed = ListedEntry & { agency: EntryAgency };

/**
 * The catalogue's list (gov.cn convention): 索引号, 名称, 文号 and 发布日期 in columns; stacked on phones. Where the
 * entries come from several agencies (a county's portal lists its whole subtree) each names its own.
 */
export function entryList(a: Agency, items: Listed[], q?: string, caption = '信息列表'): Html {
  if (!items.length) return html`<p class="muted">没有符合条件的信息。</p>`;
  const naming = items.some((e) => e.agency.id !== a.id);
  return html`<table class="entries"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">索引号</th><th scope="col">名称</th><th scope="col">文号</th><th scope="col">发布日期</th></tr></thead>
<tbody>${items.map(
    (e) => html`<tr>
<td class="mono" data-label="索引号">${e.indexNo}</td>
<td data-label="名称"><a href="/${e.agency.code}/catalogue/${e.id}">${q ? marked(mark(e.title, q)) : e.title}</a>${e.validity !== 'valid' ? html` <span class="tag">${VALIDITY_LABELS[e.validity]}</span>` : null}
${naming ? html`<span class="agency">${e.agency.name}</span>` : null}
${q ? html`<p class="snippet">${marked(snippet(`${e.summary} ${e.body}`, q, 100))}</p>` : null}</td>
<td data-label="文号">${e.docNo ? (q ? marked(mark(e.docNo, q)) : e.docNo) : html`<span class="muted">—</span>`}</td>
<td data-label="发布日期" class="date">${e.publishedOn}</td>
</tr>`,
  )}</tbody></table>`;
}

function marked(parts: readonly { text: string; hit: boolean }[]): Html {
  return html`${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : p.text))}`;
}

export function homeCatalogue(a: Agency, latest: Listed[], columns: Column[]): Html {
  return html`<section aria-labelledby="latest-h"><h2 id="latest-h">最新信息</h2>${entryList(a, latest, undefined, '最新公开的信息')}
<p><a href="/${a.code}/catalogue">查看全部信息</a></p></section>
<section aria-labelledby="cols-h"><h2 id="cols-h">公开栏目</h2>
<ul class="column-list">${columns.map((c) => html`<li><a href="/${a.code}/catalogue?column=${c.id}">${c.name}</a></li>`)}</ul></section>`;
}

function pager(base: string, q: Partial<CatalogueQuery>, p: Page<unknown>): Html {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  if (pages <= 1) return html``;
  return html`<nav aria-label="分页" class="pager"><p>第 ${p.page} / ${pages} 页
${p.page > 1 ? html` <a href="${base}${queryString(q, p.page - 1)}" rel="prev">上一页</a>` : null}
${p.page < pages ? html` <a href="${base}${queryString(q, p.page + 1)}" rel="next">下一页</a>` : null}</p></nav>`;
}

function select(name: string, label: string, options: ReadonlyArray<[string, string]>, value: unknown): Html {
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">全部</option>
${options.map(([v, l]) => html`<option value="${v}"${String(value ?? '') === v ? html` selected` : null}>${l}</option>`)}</select></div>`;
}

function narrowing(q: Partial<CatalogueQuery>, columns: Column[], years: number[]): Html {
  return html`${select(
    'column',
    '栏目',
    columns.map((c) => [String(c.id), c.name]),
    q.column,
  )}
${select(
  'topic',
  '主题分类',
  TOPICS.map((t) => [t, t]),
  q.topic,
)}
${select(
  'genre',
  '体裁',
  GENRES.map((g) => [g, GENRE_LABELS[g]]),
  q.genre,
)}
${select(
  'year',
  '发布年份',
  years.map((y) => [String(y), `${y}年`]),
  q.year,
)}
${select(
  'validity',
  '有效性',
  VALIDITIES.map((v) => [v, VALIDITY_LABELS[v]]),
  q.validity,
)}`;
}

function filters(
  action: string,
  q: Partial<CatalogueQuery>,
  columns: Column[],
  years: number[],
  withQuery: boolean,
): Html {
  return html`<form method="get" action="${action}" class="filters" role="search" aria-label="${withQuery ? '检索条件' : '筛选条件'}">
${withQuery ? html`<div><label for="f-q">检索词</label><input id="f-q" name="q" type="search" value="${q.q ?? ''}" maxlength="100"></div><div><button type="submit">检索</button></div>` : null}
${withQuery ? html`<details${q.column || q.topic || q.genre || q.year || q.validity ? html` open` : null}><summary>按栏目、主题分类、体裁、发布年份或有效性筛选</summary><div>${narrowing(q, columns, years)}</div></details>` : html`${narrowing(q, columns, years)}<div><button type="submit">筛选</button></div>`}
</form>`;
}

/** The filters' labels in page order, for the error summary of a query string that did not parse. */
const QUERY_LABELS: Record<string, string> = {
  q: '检索词',
  column: '栏目',
  topic: '主题分类',
  genre: '体裁',
  year: '发布年份',
  validity: '有效性',
  page: '页码',
};
type QueryError = { message: string; fields?: Readonly<Record<string, string>> };

export function cataloguePage(
  c: Chrome,
  v: { q: CatalogueQuery; columns: Column[]; years: number[]; result: Page<Listed>; error?: QueryError },
  gk: RequestAuth,
): Html {
  const a = c.agency;
  const col = v.columns.find((x) => x.id === v.q.column);
  const base = `/${a.code}/catalogue`;
  return portalPage(c, gk, {
    title: col ? `信息公开目录：${col.name}` : '信息公开目录',
    section: 'catalogue',
    crumbs: col ? [{ label: col.name }] : [],
    error: Boolean(v.error),
    body: html`${errorSummary(v.error?.message, v.error?.fields, QUERY_LABELS)}<h1>信息公开目录${col ? html`：${col.name}` : null}</h1>
${filters(base, v.q, v.columns, v.years, false)}
<p>共 ${v.result.total} 条${col ? html` · <a href="/${a.code}/columns/${col.id}/feed.atom">订阅本栏目（Atom）</a>` : null}</p>
${entryList(a, v.result.items)}
${pager(base, v.q, v.result)}
${askBox(a)}`,
  });
}

export function searchPage(
  c: Chrome,
  v: { q: CatalogueQuery; columns: Column[]; years: number[]; result?: Page<Listed>; error?: QueryError },
  gk: RequestAuth,
): Html {
  const a = c.agency;
  const base = `/${a.code}/search`;
  return portalPage(c, gk, {
    title: v.q.q ? `检索：${v.q.q}` : '检索',
    section: 'search',
    q: v.q.q,
    error: Boolean(v.error),
    body: html`${errorSummary(v.error?.message, v.error?.fields, QUERY_LABELS)}<h1>检索政府信息</h1>
<p class="muted">在名称、文号、内容概述、正文和附件中查找所输入的字词；多个词用空格分开，须同时包含。下属机关公开的信息一并检索。</p>
${filters(base, v.q, v.columns, v.years, true)}
${v.result ? html`<h2>检索结果</h2><p role="status">找到 ${v.result.total} 条</p>${entryList(a, v.result.items, v.q.q, '检索结果')}${pager(base, v.q, v.result)}` : null}
${askBox(a)}`,
  });
}

export function entryPage(
  c: Chrome,
  v: { entry: Entry; column?: Column; attachments: Attachment[]; importedOn?: string },
  gk: RequestAuth,
): Html {
  const e = v.entry;
  const a = c.agency;
  const crumbs = [
    ...(v.column ? [{ label: v.column.name, href: `/${a.code}/catalogue?column=${v.column.id}` }] : []),
    { label: '正文' },
  ];
  return portalPage(c, gk, {
    title: e.title,
    section: 'catalogue',
    crumbs,
    body: html`<article class="entry-page">
<h1>${e.title}</h1>
${e.corrected ? html`<p class="notice warn">本信息已更正，以下为更正后的内容。</p>` : null}
<dl class="meta entry-meta" aria-label="目录信息">
  <dt>索引号</dt><dd class="mono">${e.indexNo}</dd>
  <dt>主题分类</dt><dd>${e.topic}</dd>
  <dt>发布机构</dt><dd>${e.publisher}</dd>
  <dt>成文日期</dt><dd>${e.formedOn}</dd>
  <dt>发布日期</dt><dd>${e.publishedOn}</dd>
  ${e.docNo ? html`<dt>文号</dt><dd>${e.docNo}</dd>` : null}
  <dt>体裁</dt><dd>${GENRE_LABELS[e.genre]}</dd>
  <dt>公开方式</dt><dd>${DISCLOSURE_LABELS[e.disclosure]}</dd>
  <dt>有效性</dt><dd>${VALIDITY_LABELS[e.validity]}${e.repealedOn ? html`（${e.repealedOn} 废止）` : null}</dd>
  <dt>内容概述</dt><dd>${e.summary}</dd>
  ${v.importedOn ? html`<dt>来源</dt><dd>迁移导入（${v.importedOn.slice(0, 10)} 由原网站迁入，索引号和日期为原网站所载）</dd>` : null}
</dl>
<div class="body">${e.body
      .split(/\n+/)
      .filter(Boolean)
      .map((p) => html`<p>${p}</p>`)}</div>
${v.attachments.length ? html`<h2>附件</h2><ul>${v.attachments.map((f) => html`<li><a href="/${a.code}/catalogue/${e.id}/files/${f.id}" download="${f.filename}">${f.filename}</a> <span class="muted">（${Math.ceil(f.size / 1024)} KB）</span></li>`)}</ul>` : null}
</article>
${askBox(a)}`,
  });
}

/** Under lists, results and reports: where to go when the information is not there (依申请公开, 意见箱). */
export function askBox(a: Agency): Html {
  return html`<aside class="ask" aria-label="没有找到所需信息">
<p><strong>没有找到所需的信息？</strong>可以<a href="/${a.code}/apply">申请政府信息公开</a>，或在<a href="/${a.code}/feedback">意见箱</a>留言。</p>
</aside>`;
}
