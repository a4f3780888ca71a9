// Views of the public portal.
import { AGENCY_KIND_LABELS } from '../agencies/kinds.ts';
import type { Agency } from '../agencies/store.ts';
import { html, type Html } from '../html/html.ts';
import { page } from '../http/pages.ts';
import { type RequestAuth, shellCsrf } from '../http/session.ts';

export function directoryPage(agencies: Agency[], gk: RequestAuth): Html {
  const byParent = new Map<number | null, Agency[]>();
  for (const a of agencies) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a]);
  const ids = new Set(agencies.map((a) => a.id));
  const tree = (list: Agency[] | undefined): Html =>
    list?.length ? html`<ul>${list.map((a) => html`<li><a href="/${a.code}/">${a.name}</a> <span class="muted">${AGENCY_KIND_LABELS[a.kind]}</span>${tree(byParent.get(a.id))}</li>`)}</ul>` : html``;
  const roots = agencies.filter((a) => a.parentId === null || !ids.has(a.parentId));
  return page({
    title: '政府信息公开平台',
    actor: gk.actor,
    csrf: shellCsrf(gk),
    nav: [{ href: '/login', label: '工作人员登录' }],
    body: html`<h1>政府信息公开平台</h1>
<p>依据《中华人民共和国政府信息公开条例》，各机关在此主动公开政府信息、受理政府信息公开申请、发布政府信息公开工作年度报告。</p>
<h2>机关目录</h2>
${agencies.length
  ? tree(roots)
  : html`<p class="muted">尚未建立机关。管理员可运行 <code>bin/gongkai agency import 文件.csv</code> 或 <code>bin/gongkai seed-demo</code>。</p>`}`,
  });
}

export function agencyHomePage(v: { agency: Agency; parent?: Agency; children: Agency[]; catalogue?: Html; nav?: ReadonlyArray<{ href: string; label: string }> }, gk: RequestAuth): Html {
  const a = v.agency;
  return page({
    title: a.name,
    siteName: `${a.name}政府信息公开`,
    siteHref: `/${a.code}/`,
    actor: gk.actor,
    csrf: shellCsrf(gk),
    nav: [{ href: '/', label: '平台首页' }, ...(v.nav ?? []), { href: `/${a.code}/feedback`, label: '意见箱' }],
    body: html`<h1>${a.name}政府信息公开</h1>
<dl class="meta">
  <dt>机关类别</dt><dd>${AGENCY_KIND_LABELS[a.kind]}</dd>
  ${a.orgCode ? html`<dt>统一社会信用代码</dt><dd class="mono">${a.orgCode}</dd>` : null}
  ${v.parent ? html`<dt>上级机关</dt><dd><a href="/${v.parent.code}/">${v.parent.name}</a></dd>` : null}
</dl>
<h2>依申请公开</h2>
<ul class="cards"><li><a href="/${a.code}/apply">申请政府信息公开</a></li><li><a href="/${a.code}/track">查询申请办理进度</a></li></ul>
${v.children.length
  ? html`<h2>下级机关</h2><ul class="cards">${v.children.map((c) => html`<li><a href="/${c.code}/">${c.name}</a><br><span class="muted">${AGENCY_KIND_LABELS[c.kind]}</span></li>`)}</ul>`
  : null}
${v.catalogue ?? null}`,
  });
}
