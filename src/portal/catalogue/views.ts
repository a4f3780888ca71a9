// Views of the public catalogue: the agency home blocks, the catalogue with its filters, search results, the entry
// page with its metadata block and downloads. Server-rendered, no JavaScript.
import type { Agency } from '../../agencies/store.ts';
import type { Column } from '../../catalogue/column-store.ts';
import type { Attachment, Entry } from '../../catalogue/entry.ts';
import { DISCLOSURE_LABELS, GENRE_LABELS, TOPICS, VALIDITY_LABELS, VALIDITIES } from '../../catalogue/item.ts';
import type { ListedEntry, Page } from '../../catalogue/public-store.ts';
import { html, type Html } from '../../html/html.ts';
import { page } from '../../http/pages.ts';
import { type RequestAuth, shellCsrf } from '../../http/session.ts';
import { snippet } from '../../search/highlight.ts';
import { type CatalogueQuery, queryString } from './query.ts';

export function portalNav(a: Agency) {
  return [
    { href: `/${a.code}/`, label: '首页' },
    { href: `/${a.code}/catalogue`, label: '信息公开目录' },
    { href: `/${a.code}/search`, label: '检索' },
    { href: `/${a.code}/guide`, label: '信息公开指南' },
    { href: `/${a.code}/reports`, label: '年度报告' },
  ];
}

export function portalPage(a: Agency, gk: RequestAuth, title: string, body: Html): Html {
  return page({ title, siteName: `${a.name}政府信息公开`, siteHref: `/${a.code}/`, actor: gk.actor, csrf: shellCsrf(gk), nav: portalNav(a), body });
}

export function entryList(a: Agency, items: ListedEntry[], q?: string): Html {
  if (!items.length) return html`<p class="muted">没有符合条件的信息。</p>`;
  return html`<ol class="entries">${items.map((e) => html`<li>
<a href="/${a.code}/catalogue/${e.id}">${q ? highlight(e.title, q) : e.title}</a>
<span class="muted">${e.publishedOn}${e.docNo ? html` · ${e.docNo}` : null}${e.validity !== 'valid' ? html` · ${VALIDITY_LABELS[e.validity]}` : null}</span>
${q ? html`<p class="snippet">${highlight(`${e.summary} ${e.body}`, q, 100)}</p>` : null}
</li>`)}</ol>`;
}

function highlight(text: string, q: string, width = 200): Html {
  return html`${snippet(text, q, width).map((p) => (p.hit ? html`<mark>${p.text}</mark>` : p.text))}`;
}

export function homeCatalogue(a: Agency, latest: ListedEntry[], columns: Column[]): Html {
  return html`<section aria-labelledby="latest-h"><h2 id="latest-h">最新信息</h2>${entryList(a, latest)}</section>
<section aria-labelledby="cols-h"><h2 id="cols-h">公开栏目</h2>
<ul class="cards">${columns.map((c) => html`<li><a href="/${a.code}/catalogue?column=${c.id}">${c.name}</a></li>`)}</ul></section>
<p><a href="/${a.code}/search">检索政府信息</a> · <a href="/${a.code}/guide">信息公开指南</a></p>`;
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

function filters(action: string, q: Partial<CatalogueQuery>, columns: Column[], years: number[], withQuery: boolean): Html {
  return html`<form method="get" action="${action}" class="filters" role="search">
${withQuery ? html`<div><label for="f-q">检索词</label><input id="f-q" name="q" type="search" value="${q.q ?? ''}" maxlength="100"></div>` : null}
${select('column', '栏目', columns.map((c) => [String(c.id), c.name]), q.column)}
${select('topic', '主题分类', TOPICS.map((t) => [t, t]), q.topic)}
${select('year', '发布年份', years.map((y) => [String(y), `${y}年`]), q.year)}
${select('validity', '有效性', VALIDITIES.map((v) => [v, VALIDITY_LABELS[v]]), q.validity)}
<div><button type="submit">${withQuery ? '检索' : '筛选'}</button></div>
</form>`;
}

export function cataloguePage(v: { agency: Agency; q: CatalogueQuery; columns: Column[]; years: number[]; result: Page<ListedEntry> }, gk: RequestAuth): Html {
  const col = v.columns.find((c) => c.id === v.q.column);
  const base = `/${v.agency.code}/catalogue`;
  return portalPage(v.agency, gk, '信息公开目录', html`<h1>信息公开目录${col ? html`：${col.name}` : null}</h1>
${filters(base, v.q, v.columns, v.years, false)}
<p>共 ${v.result.total} 条${col ? html` · <a href="/${v.agency.code}/columns/${col.id}/feed.atom">订阅本栏目（Atom）</a>` : null}</p>
${entryList(v.agency, v.result.items)}
${pager(base, v.q, v.result)}`);
}

export function searchPage(v: { agency: Agency; q: CatalogueQuery; columns: Column[]; years: number[]; result?: Page<ListedEntry> }, gk: RequestAuth): Html {
  const base = `/${v.agency.code}/search`;
  return portalPage(v.agency, gk, v.q.q ? `检索：${v.q.q}` : '检索', html`<h1>检索政府信息</h1>
<p class="muted">可按名称、文号、内容概述、正文和附件内容检索。</p>
${filters(base, v.q, v.columns, v.years, true)}
${v.result ? html`<h2>检索结果</h2><p role="status">找到 ${v.result.total} 条</p>${entryList(v.agency, v.result.items, v.q.q)}${pager(base, v.q, v.result)}` : null}`);
}

export function entryPage(v: { agency: Agency; entry: Entry; column?: Column; attachments: Attachment[] }, gk: RequestAuth): Html {
  const e = v.entry;
  const a = v.agency;
  return portalPage(a, gk, e.title, html`<nav aria-label="位置" class="muted"><a href="/${a.code}/catalogue">信息公开目录</a>${v.column ? html` › <a href="/${a.code}/catalogue?column=${v.column.id}">${v.column.name}</a>` : null}</nav>
<h1>${e.title}</h1>
${e.corrected ? html`<p class="notice warn">本信息已更正，以下为更正后的内容。</p>` : null}
<dl class="meta" aria-label="目录信息">
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
</dl>
<div class="body">${e.body.split(/\n+/).filter(Boolean).map((p) => html`<p>${p}</p>`)}</div>
${v.attachments.length ? html`<h2>附件</h2><ul>${v.attachments.map((f) => html`<li><a href="/${a.code}/catalogue/${e.id}/files/${f.id}" download="${f.filename}">${f.filename}</a> <span class="muted">（${Math.ceil(f.size / 1024)} KB）</span></li>`)}</ul>` : null}`);
}
