// Views of the public portal: the platform's directory of agencies (by their tree, with a search box) and each
// agency's portal home.
import { AGENCY_KIND_LABELS } from '../agencies/kinds.ts';
import type { Agency } from '../agencies/store.ts';
import { html, type Html } from '../html/html.ts';
import { page } from '../http/pages.ts';
import { type RequestAuth, shellCsrf } from '../http/session.ts';
import { type Chrome, portalPage } from './layout.ts';

export function directoryPage(agencies: Agency[], gk: RequestAuth, q?: string): Html {
  const byParent = new Map<number | null, Agency[]>();
  for (const a of agencies) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a]);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const tree = (list: Agency[] | undefined): Html =>
    list?.length
      ? html`<ul>${list.map((a) => html`<li><a href="/${a.code}/">${a.name}</a> <span class="muted">${AGENCY_KIND_LABELS[a.kind]}</span>${tree(byParent.get(a.id))}</li>`)}</ul>`
      : html``;
  const roots = agencies.filter((a) => a.parentId === null || !byId.has(a.parentId));
  const path = (a: Agency): string[] => {
    const up: string[] = [];
    for (
      let p = a.parentId === null ? undefined : byId.get(a.parentId);
      p;
      p = p.parentId === null ? undefined : byId.get(p.parentId)
    )
      up.unshift(p.name);
    return up;
  };
  const words = q?.trim();
  const found = words ? agencies.filter((a) => a.name.includes(words) || a.code === words) : undefined;
  return page({
    title: words ? `查找机关：${words}` : '政府信息公开平台',
    actor: gk.actor,
    csrf: shellCsrf(gk),
    nav: [{ href: '/login', label: '工作人员登录' }],
    body: html`<h1>政府信息公开平台</h1>
<p>依据《中华人民共和国政府信息公开条例》，各机关在此主动公开政府信息、受理政府信息公开申请、发布政府信息公开工作年度报告。</p>
<form class="agency-search" method="get" action="/" role="search" aria-label="查找机关">
<label for="f-q">查找机关</label>
<div class="search-row"><input id="f-q" name="q" type="search" value="${words ?? ''}" maxlength="50" placeholder="输入机关名称，如 东和乡"><button type="submit">查找</button></div>
</form>
${
  found
    ? html`<h2>查找结果</h2><p role="status">找到 ${found.length} 个机关</p>${found.length ? html`<ul class="found">${found.map((a) => html`<li><a href="/${a.code}/">${a.name}</a> <span class="muted">${[...path(a), AGENCY_KIND_LABELS[a.kind]].join(' › ')}</span></li>`)}</ul>` : null}<p><a href="/">查看全部机关</a></p>`
    : null
}
<h2>机关目录</h2>
${
  agencies.length
    ? html`<div class="agency-tree">${tree(roots)}</div>`
    : html`<p class="muted">尚未建立机关。管理员可运行 <code>bin/gongkai agency import 文件.csv</code> 或 <code>bin/gongkai seed-demo</code>。</p>`
}`,
  });
}

export function agencyHomePage(
  c: Chrome,
  v: { parent?: Agency; children: Agency[]; catalogue?: Html },
  gk: RequestAuth,
): Html {
  const a = c.agency;
  return portalPage(c, gk, {
    title: '首页',
    section: 'home',
    body: html`<h1>${a.name}<span class="h1-sub">政府信息公开</span></h1>
<dl class="meta">
  <dt>机关类别</dt><dd>${AGENCY_KIND_LABELS[a.kind]}</dd>
  ${a.orgCode ? html`<dt>统一社会信用代码</dt><dd class="mono">${a.orgCode}</dd>` : null}
  ${v.parent ? html`<dt>上级机关</dt><dd><a href="/${v.parent.code}/">${v.parent.name}</a></dd>` : null}
</dl>
<ul class="cards quick">
<li><a href="/${a.code}/guide">信息公开指南</a><br><span class="muted">公开范围、方式、时限和申请渠道</span></li>
<li><a href="/${a.code}/catalogue">信息公开目录</a><br><span class="muted">按栏目、主题和年份浏览</span></li>
<li><a href="/${a.code}/apply">申请政府信息公开</a><br><span class="muted">网上提交申请；已提交的可</span><a href="/${a.code}/track">查询办理进度</a></li>
<li><a href="/${a.code}/reports">年度报告</a><br><span class="muted">政府信息公开工作年度报告</span></li>
</ul>
${v.catalogue ?? null}
${
  v.children.length
    ? html`<h2>下级机关</h2><ul class="cards">${v.children.map((ch) => html`<li><a href="/${ch.code}/">${ch.name}</a><br><span class="muted">${AGENCY_KIND_LABELS[ch.kind]}</span></li>`)}</ul>`
    : null
}`,
  });
}
