// Back-office views of the catalogue: the list with the review queue of the actor's roles, and the entry page with
// its state, 第二十六条 deadline, approvals, scanner findings, attachments and the actions the actor may take.
import { staffActor } from '../../auth/actor.ts';
import { can } from '../../auth/authorize.ts';
import type { Attachment, Entry, FindingRow } from '../../catalogue/entry.ts';
import { GENRE_LABELS, VALIDITY_LABELS } from '../../catalogue/item.ts';
import { CHANNEL_LABELS, CHANNELS, type ChannelKind } from '../../catalogue/channels.ts';
import { ENTRY_STATES, type EntryState, STATE_LABELS, STEP_PERMISSION, isReviewStep } from '../../catalogue/review.ts';
import type { Column } from '../../catalogue/column-store.ts';
import { PAGE_LIMIT } from '../../catalogue/export-entries.ts';
import type { EntryFilter } from '../../catalogue/list-store.ts';
import { select } from '../../http/widgets.ts';
import { exportLinks } from '../export-links.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { FINDING_LABELS, type FindingKind } from '../../privacy/detect.ts';
import { adminPage } from '../layout.ts';

function entryFilterForm(columns: readonly Column[], f: EntryFilter): Html {
  return html`<form method="get" action="/admin/catalogue" class="case-filter">
<div><label for="f-q">查找信息</label><input id="f-q" name="q" type="search" value="${f.q ?? ''}" size="30" aria-describedby="f-q-hint">
<p class="muted" id="f-q-hint">名称、索引号或文号中的字词</p></div>
${select({ name: 'state', label: '按状态筛选', value: f.state, empty: '全部', options: Object.fromEntries(ENTRY_STATES.map((s) => [s, STATE_LABELS[s]])) })}
${select({ name: 'column', label: '按栏目筛选', value: f.columnId?.toString(), empty: '全部', options: Object.fromEntries(columns.map((c) => [String(c.id), c.name])) })}
<button type="submit">筛选</button>
</form>`;
}

function table(items: Entry[]): Html {
  if (!items.length) return html`<p class="muted">暂无。</p>`;
  return html`<div class="table-wrap"><table><thead><tr><th scope="col">索引号</th><th scope="col">名称</th><th scope="col">状态</th><th scope="col">成文日期</th></tr></thead>
<tbody>${items.map((e) => html`<tr><td class="mono">${e.indexNo}</td><td><a href="/admin/catalogue/${e.id}">${e.title}</a></td><td>${STATE_LABELS[e.state]}</td><td>${e.formedOn}</td></tr>`)}</tbody></table></div>`;
}

export function catalogueListPage(
  gk: RequestAuth,
  v: { queue: Entry[]; all: Entry[]; columns: readonly Column[]; filter: EntryFilter; flash?: string },
): Html {
  return adminPage(
    gk,
    '信息公开目录',
    html`<h1>信息公开目录</h1>
${flash(v.flash)}
<p>${can(gk.actor, 'catalogue.draft').allowed ? html`<a class="button" href="/admin/catalogue/new">新建信息</a> ` : null}<a href="/admin/catalogue/monitor">栏目监测</a> · <a href="/admin/catalogue/registers">第二十条登记（表二）</a> · <a href="/admin/catalogue/standard">标准目录</a> · <a href="/admin/catalogue/media">政务新媒体</a> · <a href="/admin/catalogue/settings">公开设置</a>${can(gk.actor, 'catalogue.publish').allowed ? html` · <a href="/admin/catalogue/import">从旧网站导入</a>` : null}</p>
<h2>待我处理</h2>${table(v.queue)}
<h2>全部信息</h2>
${entryFilterForm(v.columns, v.filter)}
${exportLinks('/admin/catalogue', { state: v.filter.state, column: v.filter.columnId?.toString(), q: v.filter.q }, '导出当前筛选的信息（含草稿、审查中的信息，请妥善保管）')}
${table(v.all)}${v.all.length >= PAGE_LIMIT ? html`<p class="muted">仅显示最近更新的 ${PAGE_LIMIT} 条；导出文件包含全部符合条件的信息。</p>` : null}`,
  );
}

type Detail = {
  entry: Entry;
  /** The 标准目录 items the entry fulfils, and the form to link it (standard-views.ts); absent without catalogue.manage. */
  standard?: Html;
  columnName: string;
  due: string;
  late: boolean;
  approvals: Array<{ step: string; decision: string; actor_name: string; comment: string; at: string }>;
  findings: FindingRow[];
  attachments: Attachment[];
  versions: Array<{ version: number; reason: string; at: string }>;
  posts: Array<{ channel: string; note: string; actor_name: string; at: string }>;
  error?: DomainError;
  flash?: string;
};

const DECISIONS: Record<string, string> = {
  submit: '提交审查',
  approve: '通过',
  return: '退回修改',
  publish: '发布',
  withdraw: '撤下',
};

function actions(gk: RequestAuth, e: Entry): Html {
  const actor = staffActor(gk.actor);
  const mine = e.authorId === actor.userId;
  const form = (path: string, body: Html, label: string) =>
    html`<form method="post" action="/admin/catalogue/${e.id}/${path}" class="stack">${csrfInput(gk.csrfToken)}<input type="hidden" name="version" value="${e.version}">${body}<div><button type="submit">${label}</button></div></form>`;
  const comment = (id: string, label: string) =>
    html`<div><label for="${id}">${label}</label><textarea id="${id}" name="comment" rows="2"></textarea></div>`;
  const parts: Html[] = [];
  if (e.state === 'draft' && can(actor, 'catalogue.draft').allowed) {
    parts.push(
      html`<p><a href="/admin/catalogue/${e.id}/edit">修改草稿</a></p>`,
      form('review', html`<input type="hidden" name="action" value="submit">`, '提交保密审查'),
    );
  }
  if (
    (isReviewStep(e.state) && can(actor, STEP_PERMISSION[e.state]).allowed) ||
    (e.state === 'ready' && can(actor, 'catalogue.publish').allowed)
  ) {
    if (mine) parts.push(html`<p class="notice warn">本人起草的信息须由其他人员审查和发布。</p>`);
    else {
      if (isReviewStep(e.state))
        parts.push(
          form(
            'review',
            html`<input type="hidden" name="action" value="approve">${comment('c-approve', '审查意见（可不填）')}`,
            `${STATE_LABELS[e.state]}通过`,
          ),
        );
      else parts.push(form('publish', html``, '发布'));
      parts.push(
        form(
          'review',
          html`<input type="hidden" name="action" value="return">${comment('c-return', '退回理由')}`,
          '退回修改',
        ),
      );
    }
  }
  if (e.state === 'published' && can(actor, 'catalogue.publish').allowed) {
    parts.push(
      html`<p><a href="/admin/catalogue/${e.id}/correct">更正（起草更正稿，经审查发布后替换公开版本）</a> · <a href="/admin/catalogue/${e.id}/wechat.html">微信图文（HTML）</a> · <a href="/admin/catalogue/${e.id}/notice.pdf">公开栏打印（A4 PDF）</a> · <a href="/admin/catalogue/${e.id}/broadcast.txt">广播稿</a></p>`,
    );
    parts.push(
      html`<form method="post" action="/admin/catalogue/${e.id}/posts" class="stack">${csrfInput(gk.csrfToken)}<div><label for="p-channel">已推送到</label><select id="p-channel" name="channel">${CHANNELS.map((c) => html`<option value="${c}">${CHANNEL_LABELS[c]}</option>`)}</select></div><div><label for="p-note">说明（如张贴地点）</label><input type="text" id="p-note" name="note"></div><div><button type="submit" class="secondary">登记推送</button></div></form>`,
    );
    parts.push(
      form(
        'withdraw',
        html`<div><label for="w-reason">撤下理由</label><textarea id="w-reason" name="reason" rows="2"></textarea></div>`,
        '撤下',
      ),
    );
  }
  return html`${parts}`;
}

function findingsBlock(gk: RequestAuth, e: Entry, findings: FindingRow[]): Html {
  if (!findings.length) return html`<p class="muted">未发现身份证号、电话、银行卡号、邮箱、门牌地址或密级标识。</p>`;
  const canResolve =
    ['catalogue.secrecy_review', 'catalogue.review', 'catalogue.publish'].some(
      (p) => can(gk.actor, p as 'catalogue.review').allowed,
    ) && e.state !== 'published';
  return html`<ul>${findings.map(
    (f) => html`<li><strong>${FINDING_LABELS[f.kind as FindingKind] ?? f.kind}</strong>：${f.excerpt}
${f.state === 'open' ? html` <span class="notice error">未处理</span>` : html` <span class="muted">（${f.state === 'masked' ? '已遮盖' : `已保留：${f.reason ?? ''}`}，${f.resolvedBy ?? ''}）</span>`}
${
  f.state === 'open' && canResolve
    ? html`<form method="post" action="/admin/catalogue/${e.id}/findings/${f.id}" class="stack">${csrfInput(gk.csrfToken)}
<fieldset><legend>处理方式</legend><div><input type="radio" id="h-m-${f.id}" name="how" value="mask" checked> <label class="inline" for="h-m-${f.id}">遮盖</label></div>
<div><input type="radio" id="h-o-${f.id}" name="how" value="override"> <label class="inline" for="h-o-${f.id}">保留并说明理由</label></div></fieldset>
<div><label for="r-${f.id}">理由</label><input type="text" id="r-${f.id}" name="reason"></div><div><button type="submit">处理</button></div></form>`
    : null
}</li>`,
  )}</ul>`;
}

export function entryDetailPage(gk: RequestAuth, v: Detail): Html {
  const e = v.entry;
  return adminPage(
    gk,
    e.title,
    html`<h1>${e.title}</h1>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<dl class="meta">
<dt>状态</dt><dd>${STATE_LABELS[e.state]}${e.corrected ? '（已更正）' : null}</dd>
${e.correctsId !== null ? html`<dt>更正</dt><dd>本稿更正<a href="/admin/catalogue/${e.correctsId}">已发布的信息</a>，理由：${e.correctionReason ?? ''}。审查通过并发布后替换公开版本，此前公众看到的仍是原版本。</dd>` : null}
<dt>索引号</dt><dd class="mono">${e.indexNo}</dd><dt>栏目</dt><dd>${v.columnName}</dd>
<dt>成文日期</dt><dd>${e.formedOn}</dd>
<dt>公开期限</dt><dd>${v.due}（条例第二十六条：20个工作日）${v.late ? html` <strong class="notice error">已超期</strong>` : null}</dd>
${e.publishedOn ? html`<dt>发布日期</dt><dd>${e.publishedOn}</dd>` : null}
<dt>文号</dt><dd>${e.docNo ?? '—'}</dd><dt>体裁</dt><dd>${GENRE_LABELS[e.genre]}</dd><dt>有效性</dt><dd>${VALIDITY_LABELS[e.validity]}</dd>
<dt>谁制作</dt><dd>${e.authorName}</dd><dt>谁审核</dt><dd>${e.reviewerName ?? '—'}</dd><dt>谁公开</dt><dd>${e.publisherName ?? '—'}</dd>
</dl>
<h2>操作</h2>${actions(gk, e)}
<h2>敏感信息检查</h2>${findingsBlock(gk, e, v.findings)}
<h2>附件</h2>
${v.attachments.length ? html`<ul>${v.attachments.map((a) => html`<li>${a.filename}（${Math.ceil(a.size / 1024)} KB${a.text === null ? '，无法读取文字' : ''}）${e.state === 'draft' && can(gk.actor, 'catalogue.draft').allowed ? html` <form class="inline" method="post" action="/admin/catalogue/${e.id}/attachments/${a.id}/remove">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">删除</button></form>` : null}</li>`)}</ul>` : html`<p class="muted">无附件。</p>`}
${
  e.state === 'draft'
    ? html`<form method="post" action="/admin/catalogue/${e.id}/attachments" enctype="multipart/form-data" class="stack">${csrfInput(gk.csrfToken)}
<div><label for="f-file">上传附件（PDF、DOCX、XLSX、PNG、JPEG，不超过 20 MB）</label><input type="file" id="f-file" name="file"></div><div><button type="submit">上传</button></div></form>`
    : null
}
${v.standard ?? null}
<h2>审查记录</h2>
${v.approvals.length ? html`<ol>${v.approvals.map((a) => html`<li>${a.at.slice(0, 16).replace('T', ' ')} ${a.actor_name}：${DECISIONS[a.decision] ?? a.decision}（${STATE_LABELS[a.step as EntryState] ?? a.step}）${a.comment ? html` — ${a.comment}` : null}</li>`)}</ol>` : html`<p class="muted">尚未提交。</p>`}
${v.posts.length ? html`<h2>渠道推送记录</h2><ul>${v.posts.map((p) => html`<li>${p.at.slice(0, 16).replace('T', ' ')} ${CHANNEL_LABELS[p.channel as ChannelKind] ?? p.channel}${p.note ? html`（${p.note}）` : null}，${p.actor_name}</li>`)}</ul>` : null}
${v.versions.length ? html`<h2>更正记录</h2><ol>${v.versions.map((x) => html`<li>第 ${x.version} 版，${x.at.slice(0, 10)} 更正：${x.reason}</li>`)}</ol>` : null}
<p><a href="/admin/catalogue">返回目录</a></p>`,
  );
}
