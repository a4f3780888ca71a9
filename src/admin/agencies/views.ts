import { AGENCY_KIND_LABELS } from '../../agencies/kinds.ts';
import type { Agency } from '../../agencies/store.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { html, type Html } from '../../html/html.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { StaffUser } from '../../staff/store.ts';
import { adminPage } from '../layout.ts';

export function agencyListPage(gk: RequestAuth, agencies: Agency[]): Html {
  return adminPage(
    gk,
    '机关',
    html`<h1>机关</h1>
<div class="table-wrap"><table>
<caption class="muted">您可查看的机关（共 ${agencies.length} 个）</caption>
<thead><tr><th scope="col">名称</th><th scope="col">代码</th><th scope="col">类别</th><th scope="col">统一社会信用代码</th></tr></thead>
<tbody>${agencies.map((a) => html`<tr><td><a href="/admin/agencies/${a.code}">${a.name}</a></td><td class="mono">${a.code}</td><td>${AGENCY_KIND_LABELS[a.kind]}</td><td class="mono">${a.orgCode ?? '—'}</td></tr>`)}</tbody>
</table></div>`,
  );
}

/** 已停用, 已锁定 (until the lockout ends at `lockedUntil`), or 正常, as of `now` (ISO instant). */
function accountStatus(u: StaffUser, now: string): string {
  if (u.disabled) return '已停用';
  if (u.lockedUntil && u.lockedUntil > now) return '已锁定';
  return '正常';
}

export function agencyPage(
  gk: RequestAuth,
  v: { agency: Agency; children: Agency[]; users: StaffUser[]; seesStaff: boolean; now: Date },
): Html {
  const a = v.agency;
  return adminPage(
    gk,
    a.name,
    html`<h1>${a.name}</h1>
<dl class="meta">
<dt>代码</dt><dd class="mono">${a.code}</dd>
<dt>类别</dt><dd>${AGENCY_KIND_LABELS[a.kind]}</dd>
<dt>统一社会信用代码</dt><dd class="mono">${a.orgCode ?? '未登记'}</dd>
<dt>公开门户</dt><dd><a href="/${a.code}/">/${a.code}/</a></dd>
</dl>
${v.children.length ? html`<h2>下级机关</h2><ul>${v.children.map((c) => html`<li><a href="/admin/agencies/${c.code}">${c.name}</a></li>`)}</ul>` : null}
${
  v.seesStaff
    ? html`<h2>工作人员</h2><div class="table-wrap"><table><thead><tr><th scope="col">姓名</th><th scope="col">登录名</th><th scope="col">角色</th><th scope="col">状态</th></tr></thead>
<tbody>${v.users.map((u) => html`<tr><td>${u.displayName}</td><td class="mono">${u.username}</td><td>${u.roles.map((r) => ROLE_LABELS[r]).join('、')}</td><td>${accountStatus(u, v.now.toISOString())}</td></tr>`)}</tbody></table></div>`
    : null
}`,
  );
}
