// The page shell shared by the portal and the back office: landmarks, skip link, zh-CN, no scripts required.
import type { Actor } from '../auth/actor.ts';
import { type Html, html } from '../html/html.ts';

export type Shell = {
  title: string;
  actor?: Actor;
  csrf?: string;
  /** Navigation links for the header. */
  nav?: ReadonlyArray<{ href: string; label: string; current?: boolean }>;
  siteName?: string;
  /** Extra content in the header after the site name (the portal's search box). */
  header?: Html;
  /** Between the header and the main content (the portal's breadcrumb). */
  beforeMain?: Html;
  /** Replaces the default footer text. */
  footer?: Html;
  siteHref?: string;
  body: Html;
};

export function page(s: Shell): Html {
  const staff = s.actor?.kind === 'staff' ? s.actor : undefined;
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title} - ${s.siteName ?? 'gongkai 政府信息公开'}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
  <a class="title" href="${s.siteHref ?? '/'}">${s.siteName ?? '政府信息公开'}</a>
  ${s.header ?? null}
  ${s.nav?.length ? html`<nav aria-label="主导航"><ul>${s.nav.map((n) => html`<li><a href="${n.href}"${n.current ? html` aria-current="page"` : null}>${n.label}</a></li>`)}</ul></nav>` : null}
  ${
    staff
      ? html`<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${s.csrf ?? ''}"><span>${staff.displayName}（${staff.agencyCode}）</span> <button type="submit">退出</button></form>`
      : null
  }
</header>
${s.beforeMain ?? null}
<main id="main">
${s.body}
</main>
<footer class="site">${s.footer ?? '依据《中华人民共和国政府信息公开条例》开展政府信息公开工作 · gongkai'}</footer>
</body>
</html>`;
}

export function errorPage(e: {
  status: number;
  message: string;
  fields?: Readonly<Record<string, string>>;
  actor?: Actor;
  csrf?: string;
}): Html {
  const title =
    e.status === 404 ? '页面不存在' : e.status === 403 ? '无权访问' : e.status >= 500 ? '系统错误' : '请求有误';
  const fields = e.fields ? Object.entries(e.fields) : [];
  return page({
    title,
    actor: e.actor,
    csrf: e.csrf,
    body: html`<h1>${title}</h1>
<div class="notice error" role="alert"><p>${e.message}</p>
${fields.length ? html`<ul>${fields.map(([k, m]) => html`<li>${k}：${m}</li>`)}</ul>` : null}</div>
<p><a href="/">回到首页</a></p>`,
  });
}

/** A labelled form field with its error message, linked for screen readers. */
export function field(f: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  className?: string;
}): Html {
  const id = `f-${f.name}`;
  const describedBy = [f.hint ? `${id}-hint` : '', f.error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return html`<div>
<label for="${id}">${f.label}${f.required ? html` <span aria-hidden="true">*</span>` : null}</label>
${f.hint ? html`<p class="muted" id="${id}-hint">${f.hint}</p>` : null}
<input id="${id}" name="${f.name}" type="${f.type ?? 'text'}"${f.className ? html` class="${f.className}"` : null} value="${f.value ?? ''}"${f.required ? html` required` : null}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : null}${describedBy ? html` aria-describedby="${describedBy}"` : null}${f.error ? html` aria-invalid="true"` : null}>
${f.error ? html`<p class="field-error" id="${id}-err">${f.error}</p>` : null}
</div>`;
}

export function csrfInput(token: string | undefined): Html {
  return html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;
}

export function flash(message: string | undefined, kind: 'ok' | 'error' = 'ok'): Html {
  return message ? html`<div class="notice${kind === 'error' ? ' error' : ''}" role="status">${message}</div>` : html``;
}
