// Citizen pages of 依申请公开: the application form (条例第二十九条), the receipt, and the status page.
import { APPLICANT_LABELS, ORGANISATIONS } from '../../report/format.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, field } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { radios, select, textarea } from '../../http/widgets.ts';
import { errorSummary } from '../form-errors.ts';
import { type Chrome, type Crumb, portalPage } from '../layout.ts';
import { DELIVERY_LABELS, FORM_LABELS, ID_TYPE_LABELS, ORG_KIND_LABELS } from '../../requests/form.ts';
import type { ApplicantView } from '../../requests/track.ts';
import type { Suggestion } from '../../requests/suggest-published.ts';
import type { AttachmentKind } from '../../requests/attachments.ts';
import { checkedNotice, suggestionBox } from './suggestions.ts';

/** The application's fields in page order: the error summary lists problems in this order, named by these labels. */
export const FIELD_LABELS: Record<string, string> = {
  nonce: '表单',
  applicantType: '申请人类型',
  name: '姓名或名称',
  idType: '证件类型',
  idNumber: '证件号码',
  orgKind: '组织类别',
  orgCode: '统一社会信用代码',
  legalRep: '法定代表人',
  contactPerson: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  infoTitle: '所需信息名称',
  infoDocNumber: '文号',
  infoDescription: '内容描述',
  formWanted: '获取信息的形式',
  delivery: '获取信息的方式',
  idCopy: '身份证明复印件',
  authorization: '授权委托书',
  scan: '申请书扫描件',
  number: '申请编号',
  code: '查询码',
  text: '补正内容',
};

export type ApplicantType = 'natural' | 'org';
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  natural: `${APPLICANT_LABELS.natural}（个人）`,
  org: ORGANISATIONS,
};
export const isApplicantType = (v: unknown): v is ApplicantType => v === 'natural' || v === 'org';

type FormState = { values?: Record<string, unknown>; message?: string; fields?: Readonly<Record<string, string>> };
/** The application form's state: `suggestions` once the applicant asked whether the information is already published. */
type ApplyState = FormState & { suggestions?: readonly Suggestion[] };

const shell = (c: Chrome, gk: RequestAuth, title: string, body: Html, o: { crumbs?: Crumb[]; error?: boolean } = {}) =>
  portalPage(c, gk, { title, section: 'apply', body, csrf: true, ...o });

/** Step one (GOV.UK "one thing per page"): who applies. A GET form, so it works without JavaScript. */
export function applyTypePage(c: Chrome, gk: RequestAuth, error?: string): Html {
  const a = c.agency;
  const fields = error ? { applicantType: error } : undefined;
  return shell(
    c,
    gk,
    '政府信息公开申请：申请人类型',
    html`${errorSummary(error, fields, FIELD_LABELS)}
<h1>向${a.name}申请政府信息公开</h1>
<p>依据《中华人民共和国政府信息公开条例》第二十七条、第二十九条，您可以向本机关申请获取政府信息。提交前可以先<a href="/${a.code}/search">检索</a>，已主动公开的信息不必申请。</p>
<form method="get" action="/${a.code}/apply" novalidate>
${radios({ name: 'applicantType', label: '您以什么身份申请？', required: true, error, options: APPLICANT_TYPE_LABELS, hint: '选择后只显示需要填写的内容' })}
<p><button type="submit">继续</button></p>
</form>
<p>已经提交过申请？<a href="/${a.code}/track">查询办理进度</a></p>`,
    { error: Boolean(error) },
  );
}

export function applyPage(c: Chrome, gk: RequestAuth, type: ApplicantType, nonce: string, s: ApplyState = {}): Html {
  const a = c.agency;
  return shell(
    c,
    gk,
    '政府信息公开申请',
    html`${errorSummary(s.message, s.fields, labelsFor(type))}
<h1>向${a.name}申请政府信息公开</h1>
<p>依据《中华人民共和国政府信息公开条例》第二十七条、第二十九条，您可以向本机关申请获取政府信息。带 <span class="req">*</span> 的为必填项。</p>
${s.suggestions ? checkedNotice(s.suggestions) : null}
<form method="post" action="/${a.code}/apply" enctype="multipart/form-data" novalidate>
${csrfInput(gk.csrfToken)}
<input type="hidden" name="nonce" value="${nonce}">
<p class="chosen">申请人类型：<strong>${APPLICANT_TYPE_LABELS[type]}</strong> <a href="/${a.code}/apply">更改</a></p>
${applyFields(s, suggestionBox(a, s.suggestions), type)}
<h2>四、附件（可不上传）</h2>
<p class="muted">只接受 PDF、JPG 或 PNG，每个文件不超过 5 MB。</p>
${attachmentInputs(s.fields, type === 'natural' ? { idCopy: '身份证明复印件', authorization: '授权委托书（代为申请时）' } : { idCopy: '营业执照或登记证书复印件', authorization: '授权委托书（代为申请时）' })}
<h2>个人信息如何使用</h2>
<p>根据《中华人民共和国个人信息保护法》，我们告知您：您填写的姓名、证件号码、联系方式和地址，只用于办理本申请、与您联系和送达答复，以及依法统计（年度报告只统计件数，不含个人信息）。证件号码、电话和地址加密保存，只有承办人员可以查看，每次查看都有记录。申请材料按档案管理规定保存。您可以向本机关查询、更正您的个人信息。</p>
<p><button type="submit">提交申请</button></p>
</form>
<script src="/assets/apply-suggest.js" defer></script>`,
    { error: Boolean(s.message) },
  );
}

/** The summary names the name field as the form labels it for this applicant type. */
const labelsFor = (type: ApplicantType) => ({ ...FIELD_LABELS, name: type === 'natural' ? '姓名' : '名称' });

/** The file inputs of the application's attachments, with their messages; shared with the clerk's registration form. */
export function attachmentInputs(
  errors: Readonly<Record<string, string>> | undefined,
  labels: Partial<Record<AttachmentKind, string>> = {
    idCopy: '身份证明复印件',
    authorization: '授权委托书（代为申请时）',
  },
): Html {
  return html`${Object.entries(labels).map(
    ([k, label]) => html`<div><label for="f-${k}">${label}</label>
<input id="f-${k}" name="${k}" type="file" accept="application/pdf,image/jpeg,image/png"${errors?.[k] ? html` aria-invalid="true" aria-describedby="f-${k}-err"` : null}>
${errors?.[k] ? html`<p class="field-error" id="f-${k}-err">${errors[k]}</p>` : null}</div>`,
  )}`;
}

/** The application's fields (条例第二十九条), shared with the clerk's registration form (which shows both applicant
 * sections); the portal passes `only`, the type chosen on step one, and shows that section alone. */
export function applyFields(s: FormState, afterDescription?: Html, only?: ApplicantType): Html {
  const v = (k: string) => (typeof s.values?.[k] === 'string' ? (s.values[k] as string) : undefined);
  const e = (k: string) => s.fields?.[k];
  const f = (
    name: string,
    label: string,
    o: { required?: boolean; type?: string; hint?: string; autocomplete?: string; className?: string } = {},
  ) => field({ name, label, value: v(name), error: e(name), ...o });
  const natural = html`${select({ name: 'idType', label: '证件类型', required: only === 'natural', value: v('idType'), error: e('idType'), options: ID_TYPE_LABELS, empty: '请选择' })}
${f('idNumber', '证件号码', { required: only === 'natural', hint: '居民身份证为 18 位，最后一位可以是 X', className: 'w-id', autocomplete: 'off' })}`;
  const org = html`${select({ name: 'orgKind', label: '组织类别', required: only === 'org', value: v('orgKind'), error: e('orgKind'), options: ORG_KIND_LABELS, empty: '请选择' })}
${f('orgCode', '统一社会信用代码', { required: only === 'org', hint: '18 位，见营业执照或登记证书', className: 'w-id', autocomplete: 'off' })}
${f('legalRep', '法定代表人或负责人', { required: only === 'org', className: 'w-name' })}
${f('contactPerson', '联系人', { required: only === 'org', className: 'w-name' })}`;
  const who = only
    ? html`<input type="hidden" name="applicantType" value="${only}">
${f('name', only === 'natural' ? '姓名' : '名称', { required: true, autocomplete: only === 'natural' ? 'name' : 'organization', className: only === 'natural' ? 'w-name' : undefined })}
${only === 'natural' ? natural : org}`
    : html`${radios({ name: 'applicantType', label: '申请人类型', required: true, value: v('applicantType') ?? 'natural', error: e('applicantType'), options: APPLICANT_TYPE_LABELS })}
${f('name', `姓名（个人）或名称（${ORGANISATIONS}）`, { required: true, autocomplete: 'name' })}
<fieldset><legend>${APPLICANT_LABELS.natural}填写</legend>
${natural}
</fieldset>
<fieldset><legend>${ORGANISATIONS}填写</legend>
${org}
</fieldset>`;
  return html`<h2>一、申请人信息</h2>
${who}
${f('phone', '联系电话', { required: true, type: 'tel', autocomplete: 'tel', className: 'w-phone', hint: '手机号，或带区号的固定电话' })}
${f('email', '电子邮箱', { type: 'email', autocomplete: 'email', className: 'w-email', hint: '选择以电子邮件获取信息时必填；填写后我们会发送受理回执' })}
${f('address', '通信地址', { autocomplete: 'street-address', hint: '选择邮寄时必填' })}
<h2>二、所需政府信息</h2>
${f('infoTitle', '所需信息的名称', { required: true })}
${f('infoDocNumber', '文号（如有）', { className: 'w-docno' })}
${textarea({ name: 'infoDescription', label: '所需信息的内容描述', required: true, value: v('infoDescription'), error: e('infoDescription'), hint: '请写明便于查询的特征，如形成时间、事项、地点、涉及的单位' })}
${afterDescription ?? null}
<h2>三、获取信息的方式</h2>
${radios({ name: 'formWanted', label: '所需信息的形式', required: true, value: v('formWanted'), error: e('formWanted'), options: FORM_LABELS })}
${radios({ name: 'delivery', label: '获取信息的方式', required: true, value: v('delivery'), error: e('delivery'), options: DELIVERY_LABELS })}
`;
}

export function receiptPage(c: Chrome, gk: RequestAuth, r: { number: string; code: string; created: boolean }): Html {
  const a = c.agency;
  return shell(
    c,
    gk,
    '申请已提交',
    html`<h1>申请已提交</h1>
${r.created ? null : html`<p class="notice" role="status">这份申请此前已经提交过，未重复登记。以下是同一份申请的回执。</p>`}
<div class="receipt">
<p>申请编号：<strong class="mono">${r.number}</strong></p>
<p>查询码：<strong class="mono code">${r.code}</strong></p>
</div>
<p>请记下或截图保存申请编号和查询码。查询码只在此页显示一次，本机关也无法查到；凭编号和查询码可以在“<a href="/${a.code}/track?number=${r.number}">查询办理进度</a>”查看进度、答复期限和告知书，提交补正或撤回申请。</p>
<p>通过互联网提交的申请，以双方确认之日为收到申请之日（条例第三十一条第（三）项）；本机关一般应在收到申请之日起20个工作日内答复（条例第三十三条）。</p>`,
    { crumbs: [{ label: '申请已提交' }] },
  );
}

export const TRACK_LABELS: Record<string, string> = { number: '申请编号', code: '查询码', text: '内容' };

export function trackFormPage(c: Chrome, gk: RequestAuth, s: FormState = {}): Html {
  const a = c.agency;
  const v = (k: string) => (typeof s.values?.[k] === 'string' ? (s.values[k] as string) : undefined);
  return shell(
    c,
    gk,
    '查询办理进度',
    html`${errorSummary(s.message, s.fields, TRACK_LABELS)}
<h1>查询办理进度</h1>
<form method="post" action="/${a.code}/track" novalidate>
${csrfInput(gk.csrfToken)}
${field({ name: 'number', label: '申请编号', required: true, value: v('number'), error: s.fields?.number, hint: '回执上的编号，如 YS202603020417', className: 'w-code', autocomplete: 'off' })}
${field({ name: 'code', label: '查询码', required: true, error: s.fields?.code, autocomplete: 'off', hint: '提交申请后页面显示的 10 位字母和数字', className: 'w-code' })}
<p><button type="submit">查询</button></p>
</form>`,
    { crumbs: [{ label: '查询办理进度' }], error: Boolean(s.message) },
  );
}

/** The due-date line for the applicant: 已于 … 答复 once answered (no countdown), 暂定 where the holidays are not loaded. */
function dueLine(v: ApplicantView): Html {
  const due = v.dueDate
    ? html`${v.dueDate}${v.dueProvisional ? html` <span class="tag warn">暂定</span>` : null}`
    : null;
  if (v.repliedOn)
    return html`<strong>已于 ${v.repliedOn} 答复</strong>${due ? html`<span class="muted">（答复期限为 ${due}）</span>` : null}`;
  if (v.state === 'withdrawn' || v.state === 'deemed_abandoned') return html`${v.stateLabel}，不再计算答复期限`;
  if (!due) return html`等待补正：收到补正后重新计算（条例第三十条）`;
  return html`${due}${v.workingDaysLeft !== null ? (v.workingDaysLeft >= 0 ? `（还有 ${v.workingDaysLeft} 个工作日）` : `（已超过 ${-v.workingDaysLeft} 个工作日）`) : ''}
${v.dueProvisional ? html`<p class="muted">暂定：期限所涉年份的放假安排尚未公布，公布后将重新计算。</p>` : null}`;
}

const hiddenLookup = (gk: RequestAuth, number: string, code: string) =>
  html`${csrfInput(gk.csrfToken)}<input type="hidden" name="number" value="${number}"><input type="hidden" name="code" value="${code}">`;

export function statusPage(
  c: Chrome,
  gk: RequestAuth,
  v: ApplicantView,
  code: string,
  flash?: string,
  s: FormState = {},
): Html {
  const a = c.agency;
  const hidden = hiddenLookup(gk, v.number, code);
  return shell(
    c,
    gk,
    `申请 ${v.number}`,
    html`${errorSummary(s.message, s.fields, TRACK_LABELS)}
<h1>申请 ${v.number}</h1>
${flash ? html`<p class="notice" role="status">${flash}</p>` : null}
<dl class="meta">
<dt>受理机关</dt><dd>${v.agency.name}</dd>
<dt>办理状态</dt><dd>${v.stateLabel}</dd>
<dt>收到申请之日</dt><dd>${v.receivedOn}</dd>
<dt>答复期限</dt><dd>${dueLine(v)}</dd>
${v.outcome ? html`<dt>处理结果</dt><dd>${v.outcome.label}</dd>` : null}
</dl>
<h2>告知书</h2>
${
  v.letters.length
    ? html`<ul class="letters">${v.letters.map(
        (l) => html`<li>${l.issuedOn} ${l.title}
<form method="post" action="/${a.code}/track/letter" class="inline">${hidden}<input type="hidden" name="letter" value="${l.id}"><button type="submit" name="format" value="pdf" class="secondary">下载 PDF</button> <button type="submit" name="format" value="docx" class="secondary">下载 Word</button></form></li>`,
      )}</ul>`
    : html`<p class="muted">暂无。</p>`
}
<h2>办理记录</h2>
<ol>${[html`<li>${v.receivedOn} 收到申请</li>`, ...v.history.map((h) => html`<li>${h.date} ${h.label}</li>`)]}</ol>
${
  v.canCorrect
    ? html`<h2>提交补正</h2><form method="post" action="/${a.code}/track/correct" novalidate>${hidden}
${textarea({ name: 'text', label: '补正内容', required: true, error: s.fields?.text, hint: '请按补正告知书的要求说明所需信息；提交后答复期限自今日起重新计算' })}
<p><button type="submit">提交补正</button></p></form>`
    : null
}
${
  v.canWithdraw
    ? html`<h2>撤回申请</h2><p>撤回后本机关不再办理这份申请。如仍需要这些信息，可以重新申请。</p><form method="post" action="/${a.code}/track/withdraw">${hidden}
<p><button type="submit" class="secondary">撤回申请…</button></p></form>`
    : null
}`,
    {
      crumbs: [{ label: '查询办理进度', href: `/${a.code}/track` }, { label: `申请 ${v.number}` }],
      error: Boolean(s.message),
    },
  );
}

/** Withdrawing is asked on its own page: what happens, an optional reason, and the two ways out. */
export function withdrawConfirmPage(c: Chrome, gk: RequestAuth, v: ApplicantView, code: string): Html {
  const a = c.agency;
  const hidden = hiddenLookup(gk, v.number, code);
  return shell(
    c,
    gk,
    `确认撤回申请 ${v.number}`,
    html`<h1>确认撤回申请 ${v.number}？</h1>
<div class="notice warn"><p>撤回后，本机关不再办理这份申请，答复期限不再计算，撤回不能取消。如以后仍需要这些信息，可以重新申请。</p></div>
<form method="post" action="/${a.code}/track/withdraw" novalidate>${hidden}
<input type="hidden" name="confirm" value="yes">
${textarea({ name: 'text', label: '撤回原因（可不填）', rows: 3 })}
<p class="buttons"><button type="submit">确认撤回</button></p>
</form>
<form method="post" action="/${a.code}/track">${hidden}<p><button type="submit" class="secondary">不撤回，返回办理进度</button></p></form>`,
    { crumbs: [{ label: '查询办理进度', href: `/${a.code}/track` }, { label: '确认撤回' }] },
  );
}
