import { ROLE_LABELS, ROLES } from '../../auth/roles.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { StaffUser } from '../../staff/store.ts';
import { adminPage } from '../layout.ts';

function roleBoxes(checked: readonly string[]): Html {
  return html`<fieldset><legend>角色</legend>${ROLES.map((r) => html`<div><input type="checkbox" id="role-${r}" name="roles" value="${r}"${checked.includes(r) ? html` checked` : null}> <label class="inline" for="role-${r}">${ROLE_LABELS[r]}</label></div>`)}</fieldset>`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const arr = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

export function userListPage(
  gk: RequestAuth,
  v: { users: StaffUser[]; values?: Record<string, unknown>; error?: DomainError; flash?: string },
): Html {
  const f = v.error?.fields ?? {};
  return adminPage(
    gk,
    '人员与角色',
    html`<h1>人员与角色</h1>
${flash(v.flash)}
<div class="table-wrap"><table><thead><tr><th scope="col">姓名</th><th scope="col">登录名</th><th scope="col">角色</th><th scope="col">状态</th></tr></thead>
<tbody>${v.users.map((u) => html`<tr><td><a href="/admin/users/${u.id}">${u.displayName}</a></td><td class="mono">${u.username}</td><td>${u.roles.map((r) => ROLE_LABELS[r]).join('、')}</td><td>${u.disabled ? '已停用' : '正常'}</td></tr>`)}</tbody></table></div>
<h2 id="add">添加工作人员</h2>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<form class="stack" method="post" action="/admin/users">
${csrfInput(gk.csrfToken)}
${field({ name: 'displayName', label: '姓名', value: str(v.values?.displayName), required: true, error: f.displayName })}
${field({ name: 'username', label: '登录名', value: str(v.values?.username), required: true, error: f.username, hint: '3–32 位小写字母、数字、点、下划线或连字符' })}
${field({ name: 'password', label: '初始密码', type: 'password', required: true, autocomplete: 'new-password', error: f.password, hint: '至少 10 位，不能含登录名、不能是常见密码；请当面告知本人，并在添加后要求其下次登录时修改' })}
${field({ name: 'email', label: '电子邮箱（选填）', type: 'email', value: str(v.values?.email), error: f.email, hint: '办理期限和栏目更新提醒发到此邮箱' })}
${roleBoxes(arr(v.values?.roles))}
${f.roles ? html`<p class="field-error">${f.roles}</p>` : null}
<div><button type="submit">添加</button></div>
</form>`,
  );
}

export function userPage(
  gk: RequestAuth,
  v: { user: StaffUser; error?: DomainError; flash?: string; now: string },
): Html {
  const u = v.user;
  const locked = !!u.lockedUntil && u.lockedUntil > v.now;
  return adminPage(
    gk,
    u.displayName,
    html`<h1>${u.displayName}</h1>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<dl class="meta"><dt>登录名</dt><dd class="mono">${u.username}</dd><dt>机关</dt><dd>${u.agencyCode}</dd>
<dt>状态</dt><dd>${u.disabled ? '已停用' : locked ? '因多次输错密码被锁定' : '正常'}${u.mustChangePassword ? '；下次登录须修改密码' : ''}</dd></dl>
<h2>电子邮箱</h2>
<form class="stack" method="post" action="/admin/users/${u.id}/email">${csrfInput(gk.csrfToken)}
${field({ name: 'email', label: '电子邮箱', type: 'email', value: u.email ?? '', error: v.error?.fields?.email, hint: '办理期限和栏目更新提醒发到此邮箱；留空则提醒只写入发件箱文件夹' })}
<div><button type="submit">保存邮箱</button></div></form>
<h2>角色</h2>
<form class="stack" method="post" action="/admin/users/${u.id}/roles">${csrfInput(gk.csrfToken)}${roleBoxes(u.roles)}<div><button type="submit">保存角色</button></div></form>
<h2>账号</h2>
${locked ? html`<form method="post" action="/admin/users/${u.id}/unlock">${csrfInput(gk.csrfToken)}<button type="submit">解除锁定</button></form>` : null}
${u.mustChangePassword ? null : html`<form method="post" action="/admin/users/${u.id}/require-password-change">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">要求下次登录时修改密码</button></form>`}
<form method="post" action="/admin/users/${u.id}/${u.disabled ? 'enable' : 'disable'}">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">${u.disabled ? '启用账号' : '停用账号'}</button></form>`,
  );
}
