// The one layout of an agency's portal pages (gov.cn conventions): the site name with a search box in the header, one
// navigation (首页, 信息公开指南, 信息公开目录, 依申请公开, 年度报告, 意见箱) marking the current section, a 当前位置
// breadcrumb, and a footer with the agency's contact (from its 指南 settings) and the site's 网站标识码, ICP 备案号
// and 公安备案号 (config.ts). A form that came back with errors prefixes the title with "错误：" (GOV.UK pattern).
import type { Agency } from '../agencies/store.ts';
import { type Guide, getSettings } from '../catalogue/column-store.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { type Html, html } from '../html/html.ts';
import { page } from '../http/pages.ts';
import { type RequestAuth, shellCsrf } from '../http/session.ts';

/** What every portal page of an agency needs besides its own content. */
export type Chrome = { agency: Agency; contact?: Guide; site: Config['site'] };

export type Section = 'home' | 'guide' | 'catalogue' | 'apply' | 'reports' | 'feedback' | 'search';
export type Crumb = { label: string; href?: string };

export async function chromeOf(deps: { db: Db; config: Config }, agency: Agency): Promise<Chrome> {
  return { agency, contact: (await getSettings(deps.db, agency.id))?.guide, site: deps.config.site };
}

export function portalNav(a: Agency): ReadonlyArray<{ section: Section; href: string; label: string }> {
  return [
    { section: 'home', href: `/${a.code}/`, label: '首页' },
    { section: 'guide', href: `/${a.code}/guide`, label: '信息公开指南' },
    { section: 'catalogue', href: `/${a.code}/catalogue`, label: '信息公开目录' },
    { section: 'apply', href: `/${a.code}/apply`, label: '依申请公开' },
    { section: 'reports', href: `/${a.code}/reports`, label: '年度报告' },
    { section: 'feedback', href: `/${a.code}/feedback`, label: '意见箱' },
  ];
}

/** The home of the section a page belongs to: the breadcrumb's middle step. */
const SECTION_HOME: Record<Exclude<Section, 'home'>, (a: Agency) => Crumb> = {
  guide: (a) => ({ label: '信息公开指南', href: `/${a.code}/guide` }),
  catalogue: (a) => ({ label: '信息公开目录', href: `/${a.code}/catalogue` }),
  apply: (a) => ({ label: '依申请公开', href: `/${a.code}/apply` }),
  reports: (a) => ({ label: '年度报告', href: `/${a.code}/reports` }),
  feedback: (a) => ({ label: '意见箱', href: `/${a.code}/feedback` }),
  search: (a) => ({ label: '检索', href: `/${a.code}/search` }),
};

export type PortalPage = {
  title: string;
  section: Section;
  /** Steps after the section's home; the last is the current page (shown without a link). Empty: the section home. */
  crumbs?: Crumb[];
  body: Html;
  /** The page shows a form that came back with errors. */
  error?: boolean;
  /** The words in the header's search box. */
  q?: string;
  /** The page has forms of its own (the CSRF token for them); otherwise a public page carries no per-visitor token. */
  csrf?: boolean;
};

export function portalPage(c: Chrome, gk: RequestAuth, p: PortalPage): Html {
  const a = c.agency;
  return page({
    title: `${p.error ? '错误：' : ''}${p.title}`,
    siteName: `${a.name} 政府信息公开`,
    siteHref: `/${a.code}/`,
    actor: gk.actor,
    csrf: p.csrf ? gk.csrfToken : shellCsrf(gk),
    header: searchBox(a, p.q),
    nav: portalNav(a).map((n) => ({ href: n.href, label: n.label, current: n.section === p.section })),
    beforeMain: crumbs(a, p),
    footer: footer(c),
    body: html`<div class="portal">${p.body}</div>`,
  });
}

function searchBox(a: Agency, q?: string): Html {
  return html`<form class="site-search" method="get" action="/${a.code}/search" role="search" aria-label="全站检索">
<label for="site-q" class="visually-hidden">检索本机关公开的信息</label><input id="site-q" name="q" type="search" value="${q ?? ''}" maxlength="100" placeholder="检索政府信息"><button type="submit">检索</button>
</form>`;
}

function crumbs(a: Agency, p: PortalPage): Html {
  const trail: Crumb[] = [{ label: '首页', href: `/${a.code}/` }];
  if (p.section !== 'home') trail.push(SECTION_HOME[p.section](a));
  trail.push(...(p.crumbs ?? []));
  const last = trail.length - 1;
  return html`<nav class="crumbs" aria-label="当前位置"><span>当前位置：</span><ol>${trail.map((t, i) =>
    i === last
      ? html`<li><span aria-current="page">${t.label}</span></li>`
      : html`<li><a href="${t.href ?? '#'}">${t.label}</a></li>`,
  )}</ol></nav>`;
}

function footer(c: Chrome): Html {
  const g = c.contact;
  const item = (label: string, value?: string) => (value ? html`<li>${label}：${value}</li>` : null);
  const s = c.site;
  return html`<div class="portal-footer">
<p><a href="/${c.agency.code}/guide">信息公开指南</a> · <a href="/${c.agency.code}/feedback">意见箱</a> · <a href="/${c.agency.code}/sitemap.xml">网站地图</a> · <a href="/">政府信息公开平台</a></p>
<p>主办单位：${c.agency.name}</p>
${g && (g.office || g.address || g.phone || g.email) ? html`<ul class="contact">${item('受理机构', g.office)}${item('地址', g.address)}${item('邮编', g.postcode)}${item('电话', g.phone)}${item('电子邮箱', g.email)}${item('办公时间', g.hours)}</ul>` : null}
${
  s.code || s.icp || s.psb
    ? html`<p class="ids">${s.code ? html`<span>网站标识码：${s.code}</span>` : null}
${s.icp ? html`<span><a href="https://beian.miit.gov.cn/" rel="noopener">${s.icp}</a></span>` : null}
${s.psb ? html`<span><a href="https://beian.mps.gov.cn/#/query/webSearch?code=${s.psb.replace(/\D/g, '')}" rel="noopener">${s.psb}</a></span>` : null}</p>`
    : null
}
</div>`;
}
