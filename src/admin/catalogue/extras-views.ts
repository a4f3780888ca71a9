// Back-office views: the column monitor and the catalogue settings (sign-off, 信息公开指南 contacts).
import type { Guide, Settings } from '../../catalogue/column-store.ts';
import { type MonitorResult, UPDATE_CLASS_LABELS } from '../../catalogue/columns.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

const FLAGS = {
  stale: '未按期更新',
  empty: '空白栏目',
  due_soon: '即将到期，请更新',
  quiet: '本期无新增信息',
} as const;

export function monitorPage(
  gk: RequestAuth,
  v: {
    result: MonitorResult;
    today: string;
    homeLast: string | null;
    lateItems: Array<{ item: string; timeLimit: string; column: string }>;
    /** 标准目录 items with no linked entry that is published and in force. */
    uncovered: Array<{ id: number; item: string }>;
    flash?: string;
    error?: DomainError;
    owners: ReadonlyMap<number, number | null>;
    staff: ReadonlyArray<{ id: number; displayName: string }>;
  },
): Html {
  const r = v.result;
  return adminPage(
    gk,
    '栏目监测',
    html`<h1>栏目监测</h1>
${flash(v.flash)}${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<p>监测日期 ${v.today}；首页最近更新 ${v.homeLast ?? '从未更新'}。未按期更新 ${r.stale} 个（其中重点栏目 ${r.staleKey} 个），空白栏目 ${r.empty} 个。</p>
${r.veto.length ? html`<div class="notice error" role="alert"><p>单项否决风险（《政府网站与政务新媒体检查指标》）：</p><ul>${r.veto.map((x) => html`<li>${x}</li>`)}</ul></div>` : html`<p class="notice">未触及单项否决指标。</p>`}
${v.lateItems.length ? html`<h2>标准目录事项未按时限公开</h2><ul>${v.lateItems.map((x) => html`<li>${x.item}（时限：${x.timeLimit}；栏目“${x.column}”未按期更新或为空）</li>`)}</ul>` : null}
${v.uncovered.length ? html`<h2>标准目录事项尚无现行信息（${v.uncovered.length} 项）</h2><p>下列事项没有关联已发布且有效的信息：请发布后在事项页或信息页关联。</p><ul>${v.uncovered.map((x) => html`<li><a href="/admin/catalogue/standard/items/${x.id}">${x.item}</a></li>`)}</ul>` : null}
<div class="table-wrap"><table><thead><tr><th scope="col">栏目</th><th scope="col">更新要求</th><th scope="col">最近发布</th><th scope="col">到期日</th><th scope="col">状态</th><th scope="col">负责人（到期前提醒）</th><th scope="col">本期无新增信息</th></tr></thead><tbody>
${r.columns.map(
  (
    c,
  ) => html`<tr><td>${c.name}${c.key ? '（重点）' : ''}</td><td>${UPDATE_CLASS_LABELS[c.cls]}</td><td>${c.lastPublished ?? '—'}</td><td>${c.staleAfter ?? '—'}</td><td>${c.flag ? FLAGS[c.flag] : '正常'}${c.flag === 'quiet' ? html`（至 ${c.nothingNewUntil}）` : null}</td>
<td>${ownerForm(gk, c.id, v.owners.get(c.id) ?? null, v.staff)}</td>
<td><form method="post" action="/admin/catalogue/columns/${c.id}/quiet">${csrfInput(gk.csrfToken)}<label for="u-${c.id}">截至</label><input type="date" id="u-${c.id}" name="until"><label for="n-${c.id}">说明</label><input type="text" id="n-${c.id}" name="note"><button type="submit" class="secondary">登记</button></form></td></tr>`,
)}
</tbody></table></div>`,
  );
}

function ownerForm(
  gk: RequestAuth,
  columnId: number,
  owner: number | null,
  staff: ReadonlyArray<{ id: number; displayName: string }>,
): Html {
  return html`<form method="post" action="/admin/catalogue/columns/${columnId}/owner">${csrfInput(gk.csrfToken)}<label for="o-${columnId}">负责人</label><select id="o-${columnId}" name="ownerUserId"><option value="">本机关信息员</option>
${staff.map((u) => html`<option value="${u.id}"${u.id === owner ? html` selected` : null}>${u.displayName}</option>`)}</select><button type="submit" class="secondary">设定</button></form>`;
}

const GUIDE_FIELDS: ReadonlyArray<[keyof Guide, string]> = [
  ['office', '受理机构名称'],
  ['address', '办公地址'],
  ['hours', '办公时间'],
  ['phone', '联系电话'],
  ['fax', '传真号码'],
  ['email', '电子邮箱'],
  ['postcode', '邮政编码'],
  ['website', '互联网联系方式'],
];

export function settingsPage(
  gk: RequestAuth,
  v: { settings: Settings; values?: Record<string, unknown>; error?: DomainError; flash?: string },
): Html {
  const f = v.error?.fields ?? {};
  const val = (k: string, d: string) => (typeof v.values?.[k] === 'string' ? (v.values[k] as string) : d);
  return adminPage(
    gk,
    '公开设置',
    html`<h1>公开设置</h1>
${flash(v.flash)}${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<form class="stack" method="post" action="/admin/catalogue/settings">${csrfInput(gk.csrfToken)}
<div><input type="checkbox" id="f-requireSignOff" name="requireSignOff" value="1"${v.settings.requireSignOff ? html` checked` : null}> <label class="inline" for="f-requireSignOff">发布前须经负责人签发</label></div>
<h2>信息公开指南：依申请公开受理机构</h2>
${GUIDE_FIELDS.map(([k, label]) => field({ name: k, label, value: val(k, v.settings.guide[k]), error: f[k] }))}
<div><button type="submit">保存</button></div></form>`,
  );
}
