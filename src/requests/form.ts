// The application (条例第二十九条) as one zod schema, shared by the portal form, the JSON API and the clerk's
// registration form: who applies, what information, in what form, how to receive it. Messages say what to do.
import { z } from 'zod';
import { checkResidentId } from '../identifiers/resident-id.ts';
import { isValidUscc } from '../identifiers/uscc.ts';
import { APPLICANT_LABELS, ORGANISATION_KINDS, ORGANISATIONS, type OrganisationKind } from '../report/format.ts';

export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit'] as const;
export const ID_TYPE_LABELS = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
} as const satisfies Record<(typeof ID_TYPES)[number], string>;

/** The kinds of 法人或其他组织 are 表三's organisation columns (report/format.ts). */
export const ORG_KINDS = ORGANISATION_KINDS;
export const ORG_KIND_LABELS = Object.fromEntries(ORG_KINDS.map((k) => [k, APPLICANT_LABELS[k]])) as Record<
  OrganisationKind,
  string
>;
const ORG_KIND_CHOICE = `${ORG_KINDS.slice(0, -1)
  .map((k) => APPLICANT_LABELS[k])
  .join('、')}或${APPLICANT_LABELS.otherOrg}`;

export const FORMS = ['paper', 'email', 'disk', 'inspect'] as const;
export const FORM_LABELS = {
  paper: '纸质',
  email: '电子邮件',
  disk: '光盘/U盘',
  inspect: '当场查阅/抄录',
} as const satisfies Record<(typeof FORMS)[number], string>;

export const DELIVERIES = ['post', 'email', 'pickup', 'online'] as const;
export const DELIVERY_LABELS = {
  post: '邮寄',
  email: '电子邮件',
  pickup: '自行领取',
  online: '网上查看',
} as const satisfies Record<(typeof DELIVERIES)[number], string>;

const text = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不超过 ${max} 个字`);
const optional = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`).optional();
/** Form fields arrive as '' when left empty: treat as absent. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const Shape = z.object({
  applicantType: z.enum(['natural', 'org'], {
    error: `请选择申请人类型：${APPLICANT_LABELS.natural}，或${ORGANISATIONS}`,
  }),
  name: text(100, '申请人姓名或名称'),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }).optional(),
  idNumber: z.string().trim().toUpperCase().max(30, '证件号码过长').optional(),
  orgKind: z.enum(ORG_KINDS, { error: `请选择组织类别：${ORG_KIND_CHOICE}` }).optional(),
  orgCode: z.string().trim().toUpperCase().optional(),
  legalRep: optional(50, '法定代表人'),
  contactPerson: optional(50, '联系人'),
  phone: z
    .string({ error: '请填写联系电话' })
    .trim()
    .regex(
      /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/,
      '请填写有效的联系电话：11 位手机号，或带区号的固定电话，如 0731-12345678',
    ),
  email: z.string().trim().max(200).email('电子邮箱格式不正确，例如 name@example.com').optional(),
  address: optional(200, '通信地址'),
  infoTitle: text(200, '所需信息的名称'),
  infoDocNumber: optional(100, '文号'),
  infoDescription: text(2000, '所需信息的内容描述（便于查询的特征，如时间、事项、地点）'),
  formWanted: z.enum(FORMS, { error: '请选择获取信息的形式：纸质、电子邮件、光盘/U盘，或当场查阅/抄录' }),
  delivery: z.enum(DELIVERIES, { error: '请选择获取信息的方式：邮寄、电子邮件、自行领取，或网上查看' }),
  nonce: z
    .string()
    .regex(/^[\w-]{16,64}$/, '表单已失效，请刷新页面后重新提交')
    .optional(),
});

function checkApplicant(a: z.infer<typeof Shape>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (a.applicantType === 'natural') {
    if (!a.idType) issue('idType', '请选择证件类型');
    if (!a.idNumber) issue('idNumber', '请填写证件号码');
    else if (a.idType === 'resident_id') {
      const r = checkResidentId(a.idNumber);
      if (r === 'format') issue('idNumber', '请填写身份证号码，18位，最后一位可以是X');
      else if (r === 'birth') issue('idNumber', '身份证号码中的出生日期不存在，请核对');
      else if (r === 'check') issue('idNumber', '身份证号码校验位不符，请逐位核对后重新填写');
    } else if (!/^[A-Z0-9]{5,20}$/.test(a.idNumber)) issue('idNumber', '证件号码应为 5–20 位字母或数字');
  } else {
    if (!a.orgKind) issue('orgKind', `请选择组织类别：${ORG_KIND_CHOICE}`);
    if (!a.orgCode) issue('orgCode', '请填写统一社会信用代码（18 位）');
    else if (!isValidUscc(a.orgCode))
      issue('orgCode', '统一社会信用代码不正确：应为 18 位，校验位需与前 17 位相符，请核对营业执照');
    if (!a.legalRep) issue('legalRep', '请填写法定代表人或负责人');
    if (!a.contactPerson) issue('contactPerson', '请填写联系人');
  }
  if ((a.delivery === 'email' || a.formWanted === 'email') && !a.email)
    issue('email', '选择电子邮件方式时，请填写电子邮箱');
  if (a.delivery === 'post' && !a.address) issue('address', '选择邮寄时，请填写通信地址');
}

export const Application = z.preprocess(
  (v) =>
    v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blankToUndefined(x)])) : v,
  // The per-type checks run even when another field failed, so the form lists every problem at once (GOV.UK error
  // summary), once the applicant type itself is known.
  Shape.superRefine(checkApplicant, {
    when: (p) => ['natural', 'org'].includes((p.value as { applicantType?: unknown } | null)?.applicantType as string),
  }),
);
export type ApplicationInput = z.output<typeof Shape>;

/** The 表三 column the applicant is counted in. */
export function applicantKind(a: ApplicationInput): 'natural' | OrganisationKind {
  return a.applicantType === 'natural' ? 'natural' : a.orgKind!;
}
