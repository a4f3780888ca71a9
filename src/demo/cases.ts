// The demo's 依申请公开 cases and their 复议 / 诉讼, dated relative to the day the demo is loaded: one case in each
// state of the workflow (lifecycle.ts), each letter issued with the step that needs it, so the case list, the case
// page, the tracking page and the year's 表三 and 表四 have something to show. Every step goes through the real use
// cases on its own day (the Ctx's `now`), so deadlines, letters and the audit log are what they would have been.
// Nothing falls on or before the reference year (2023), whose report the demo reproduces exactly.
import { recordAppeal, updateAppealSteps } from '../appeals/record-appeal.ts';
import { NewAppealForm, StepForm } from '../appeals/form.ts';
import type { StaffActor } from '../auth/actor.ts';
import { addDays } from '../calendar/dates.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { Application } from '../requests/form.ts';
import { issueLetter } from '../requests/issue-letter.ts';
import type { LetterKind } from '../requests/letter-kinds.ts';
import { performStep } from '../requests/perform-step.ts';
import { findRequest } from '../requests/store.ts';
import { submitApplication } from '../requests/submit.ts';
import { REFERENCE_YEAR, at } from './dates.ts';

type Who = 'clerk' | 'head';
/** A step `day` days after receipt, by `who`, with its form fields; `letter` is issued the same day. */
type Step = { day: number; event: string; who?: Who; fields?: Record<string, string>; letter?: LetterKind };
/** A case received `ago` days before the demo's day. */
type Case = {
  ago: number;
  applicant: Record<string, string>;
  title: string;
  steps: Step[];
  appeal?: 'reconsideration' | 'litigation';
};

const REPLY_DISCLOSED = { outcome: 'disclosed', basis: '条例第三十六条第（二）项' };
const CASES: Case[] = [
  { ago: 1, applicant: { name: '孙立新' }, title: '东和乡今年农村公路养护资金的分配和使用情况', steps: [] },
  {
    ago: 6,
    applicant: { name: '周晓梅' },
    title: '我村土地承包经营权确权登记的相关材料',
    steps: [
      {
        day: 1,
        event: 'correction_requested',
        fields: { items: '请写明所在村民小组及承包地块的位置，以便检索相关材料。', replyBy: '+16' },
        letter: 'correction',
      },
    ],
  },
  {
    ago: 4,
    applicant: { name: '钱国栋' },
    title: '东和乡集镇污水处理设施建设项目的环评批复',
    steps: [{ day: 1, event: 'accepted' }],
  },
  {
    ago: 10,
    applicant: {
      name: '东和乡青禾农业专业合作社',
      applicantType: 'org',
      orgKind: 'commercial',
      orgCode: '91000000MA0000001R' /* a stand-in with a valid check character */,
      legalRep: '吴青禾',
      contactPerson: '吴青禾',
    },
    title: '高标准农田建设项目中标单位的合同文本',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 2,
        event: 'consultation_started',
        fields: { party: 'third_party', partyName: '示范县宏达建设工程有限公司' },
        letter: 'consultation',
      },
    ],
  },
  {
    ago: 25,
    applicant: { name: '郑文华' },
    title: '东和乡近三年防汛物资采购与储备清单',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 22,
        event: 'extension_requested',
        fields: { workingDays: '15', reason: '涉及三个年度的采购档案，需逐件调取核对。' },
      },
    ],
  },
  {
    ago: 12,
    applicant: { name: '冯雪' },
    title: '东和乡政府会议室改造工程的全部图纸和结算资料',
    steps: [
      { day: 1, event: 'accepted' },
      { day: 4, event: 'fee_notice_sent', fields: { method: 'pages', pages: '120' }, letter: 'fee' },
    ],
  },
  {
    ago: 9,
    applicant: { name: '陈思远' },
    title: '东和乡每月各村低保发放明细（逐月申请）',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 3,
        event: 'reasons_requested',
        fields: { items: '请说明申请的数量、频次及其用途。', replyBy: '+15' },
        letter: 'reasons_request',
      },
    ],
  },
  {
    ago: 12,
    applicant: { name: '褚丽娟' },
    title: '东和乡上一年度财政预算执行情况',
    steps: [
      { day: 1, event: 'accepted' },
      { day: 8, event: 'replied', fields: REPLY_DISCLOSED, letter: 'reply' },
    ],
  },
  {
    ago: 45,
    applicant: { name: '卫建国' },
    title: '东和乡卫生院改扩建项目的立项批复',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 5,
        event: 'extension_requested',
        fields: { workingDays: '10', reason: '需向县发展改革部门调取立项档案。' },
      },
      { day: 6, event: 'extension_approved', who: 'head', letter: 'extension' },
      {
        day: 20,
        event: 'replied',
        fields: {
          outcome: 'partial',
          basis: '条例第三十七条',
          reason: '立项批复中的投资估算明细涉及工程招标底价，予以区分处理后公开其余部分。',
        },
        letter: 'reply',
      },
      { day: 22, event: 'delivered', fields: { evidence: 'EMS 1234567890 已签收' } },
    ],
  },
  {
    ago: 20,
    applicant: { name: '蒋海燕' },
    title: '东和乡敬老院入住老人名单',
    steps: [{ day: 2, event: 'withdrawn', fields: { note: '申请人来电表示不再需要，申请撤回。' } }],
  },
  {
    ago: 70,
    applicant: { name: '沈明' },
    title: '东和乡某村集体经济收益分配方案',
    steps: [
      {
        day: 1,
        event: 'correction_requested',
        fields: { items: '请写明具体村名及年度。', replyBy: '+15' },
        letter: 'correction',
      },
      { day: 30, event: 'correction_lapsed' },
    ],
  },
  {
    ago: 400,
    applicant: { name: '韩立' },
    title: '东和乡征地补偿安置方案及补偿款发放情况',
    appeal: 'reconsideration',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 15,
        event: 'replied',
        fields: {
          outcome: 'third_party_rights',
          basis: '条例第十五条、第三十二条、第三十六条第（三）项',
          reason: '补偿款发放明细含被征收户的个人信息和家庭财产状况，经征求意见，当事人不同意公开。',
        },
        letter: 'reply',
      },
      { day: 18, event: 'delivered', fields: { evidence: '申请人到窗口签收' } },
      { day: 25, event: 'archived' },
    ],
  },
  {
    ago: 380,
    applicant: { name: '杨光辉' },
    title: '东和乡违法建筑拆除决定书',
    appeal: 'litigation',
    steps: [
      { day: 1, event: 'accepted' },
      {
        day: 12,
        event: 'replied',
        fields: { outcome: 'not_held', basis: '条例第三十六条第（四）项' },
        letter: 'reply',
      },
      { day: 14, event: 'delivered', fields: { evidence: '电子邮件发送记录' } },
    ],
  },
];

const PERSON = { applicantType: 'natural', idType: 'resident_id', formWanted: 'email', delivery: 'email' };

/** The n-th demo applicant's stand-in identity: a resident ID with a valid check character (GB 11643), a phone, an address. */
function identity(n: number): Record<string, string> {
  const body = `11010519${String(60 + n).padStart(2, '0')}0${(n % 9) + 1}1${(n % 2) + 1}${String(100 + n * 7).slice(-3)}`;
  const sum = [...body].reduce(
    (s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]!,
    0,
  );
  return {
    idNumber: body + '10X98765432'[sum % 11]!,
    phone: `1390000${String(1000 + n).slice(-4)}`,
    address: `示范县东和乡${['人民路', '东风村', '西岭村', '和平街'][n % 4]}${n + 1}号`,
    email: `applicant${n + 1}@example.com`,
  };
}

export type DemoStaff = Record<'clerk' | 'head', StaffActor>;

/** Seeds the cases; returns how many were created (cases that would fall in the reference year are left out). */
export async function seedDemoCases(
  db: Db,
  config: Config,
  code: string,
  staff: DemoStaff,
  today: string,
): Promise<number> {
  let made = 0;
  for (const [n, c] of CASES.entries()) {
    const received = addDays(today, -c.ago);
    if (Number(received.slice(0, 4)) <= REFERENCE_YEAR) continue;
    const ctxOn = (who: Who, day: string) => makeCtx({ db, config, now: at(day) }, staff[who]);
    const input = Application.parse({
      ...PERSON,
      ...identity(n),
      ...c.applicant,
      infoTitle: c.title,
      infoDescription: `申请获取${c.title}，用于了解相关情况。`,
    });
    const { id } = await submitApplication(ctxOn('clerk', received), code, input as never, {
      channel: 'in_person',
      receivedOn: received,
    });
    for (const s of c.steps) {
      const on = addDays(received, s.day);
      const ctx = ctxOn(s.who ?? 'clerk', on);
      const fields = Object.fromEntries(
        Object.entries(s.fields ?? {}).map(([k, v]) => [k, v.startsWith('+') ? addDays(on, Number(v.slice(1))) : v]),
      );
      const version = (await findRequest(db, ctx.scope, id))!.version;
      const done = await performStep(ctx, id, { event: s.event, version: String(version), onDate: on, ...fields });
      if (s.letter && s.letter !== done.letter) await issueLetter(ctx, id, s.letter); // a mailed step issued its own
    }
    if (c.appeal) await seedAppeal(db, config, staff.clerk, c, id, received);
    made++;
  }
  return made;
}

/** A 复议 decided (维持) and a 诉讼 still pending on two of the answered cases. */
async function seedAppeal(
  db: Db,
  config: Config,
  clerk: StaffActor,
  c: Case,
  requestId: number,
  received: string,
): Promise<void> {
  const filed = addDays(received, c.steps.at(-1)!.day + 10);
  const number = (await findRequest(db, makeCtx({ db, config }, clerk).scope, requestId))!.number;
  const reconsideration = c.appeal === 'reconsideration';
  const ctx = makeCtx({ db, config, now: at(filed) }, clerk);
  const id = await recordAppeal(
    ctx,
    NewAppealForm.parse({
      kind: reconsideration ? 'reconsideration' : 'litigation_direct',
      procedure: 'ordinary',
      requestNumber: number,
      body: reconsideration ? '示范县人民政府' : '示范县人民法院',
      caseNumber: reconsideration ? `示政复〔${filed.slice(0, 4)}〕3号` : `（${filed.slice(0, 4)}）示行初12号`,
      applicant: c.applicant.name,
      filedOn: filed,
    }),
  );
  const answered = addDays(filed, 8);
  const decided = addDays(filed, 45);
  const steps = { acceptedOn: addDays(filed, 3), copyReceivedOn: addDays(filed, 4), answeredOn: answered };
  await updateAppealSteps(
    makeCtx({ db, config, now: at(answered) }, clerk),
    id,
    StepForm.parse({ version: '1', ...steps }),
  );
  if (reconsideration)
    await updateAppealSteps(
      makeCtx({ db, config, now: at(decided) }, clerk),
      id,
      StepForm.parse({ version: '2', ...steps, decidedOn: decided, decision: 'upheld' }),
    );
}
