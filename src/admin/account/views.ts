import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

type TokenRow = {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

export function accountPage(
  gk: RequestAuth,
  v: { tokens: TokenRow[]; email: string | null; flash?: string; error?: DomainError; newToken?: string },
): Html {
  const f = v.error?.fields ?? {};
  return adminPage(
    gk,
    '我的账号',
    html`<h1>我的账号</h1>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
${gk.mustChangePassword ? html`<div class="notice warn" role="alert">本机关管理员要求您修改密码。修改之前，其他工作页面和 API 接口暂不可用。</div>` : null}
<h2>修改密码</h2>
<form class="stack" method="post" action="/admin/account/password">
${csrfInput(gk.csrfToken)}
${field({ name: 'current', label: '当前密码', type: 'password', required: true, autocomplete: 'current-password', error: f.current })}
${field({ name: 'next', label: '新密码', type: 'password', required: true, autocomplete: 'new-password', error: f.next, hint: '至少 10 位；不能含登录名，不能是常见密码、重复或连续的字符。建议用一句容易记住的话' })}
${field({ name: 'confirm', label: '再次输入新密码', type: 'password', required: true, autocomplete: 'new-password', error: f.confirm })}
<div><button type="submit">修改密码</button></div>
</form>
<h2>电子邮箱</h2>
<form class="stack" method="post" action="/admin/account/email">
${csrfInput(gk.csrfToken)}
${field({ name: 'email', label: '电子邮箱', type: 'email', value: v.email ?? '', error: f.email, hint: '办理期限和栏目更新提醒发到此邮箱；留空则提醒只写入发件箱文件夹' })}
<div><button type="submit">保存邮箱</button></div>
</form>
<h2>API 令牌</h2>
<p class="muted">用于其他系统调用 JSON 接口（<a href="/api/v1/openapi.json">接口说明</a>），请求头写 <code>Authorization: Bearer 令牌</code>。令牌与您本人权限相同。</p>
${v.newToken ? html`<div class="notice warn" role="status"><p>新令牌（只显示这一次，请立即妥善保存）：</p><p class="mono">${v.newToken}</p></div>` : null}
<div class="table-wrap"><table><thead><tr><th scope="col">用途</th><th scope="col">前缀</th><th scope="col">创建</th><th scope="col">最近使用</th><th scope="col">状态</th></tr></thead>
<tbody>${v.tokens.map((t) => html`<tr><td>${t.name}</td><td class="mono">${t.prefix}…</td><td>${day(t.created_at)}</td><td>${day(t.last_used_at)}</td><td>${t.revoked_at ? '已撤销' : html`<form class="inline" method="post" action="/admin/account/tokens/${t.id}/revoke">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">撤销</button></form>`}</td></tr>`)}</tbody></table></div>
<form class="stack" method="post" action="/admin/account/tokens">
${csrfInput(gk.csrfToken)}
${field({ name: 'name', label: '新令牌用途', required: true, error: f.name })}
<div><button type="submit">生成令牌</button></div>
</form>`,
  );
}
