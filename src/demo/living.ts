// The living part of the demo, dated relative to the day it is loaded (`today`): feedback, trainings, an assessment
// and key tasks of the current and the last year, the annual reports after the reference year (earlier years
// published; last year's closed and in review while its due date is ahead, else published on time, and then this
// year's texts written), and a batch of the checker. The reference year (2023) is never touched.
import { annualReportDue } from '../clock/windows.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { AgencyKind } from '../agencies/kinds.ts';
import { addDays } from '../calendar/dates.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { FeedbackForm } from '../feedback/form.ts';
import { publishFeedback, replyToFeedback } from '../feedback/reply.ts';
import { submitFeedback } from '../feedback/submit.ts';
import { listFeedback } from '../feedback/store.ts';
import { freezeAnnualReport } from '../report/freeze-report.ts';
import { publishedReport } from '../report/public-report.ts';
import { renderText, type TextShape } from '../report/render/text.ts';
import { publishAnnualReport } from '../report/publish-report.ts';
import { saveReportTexts } from '../report/save-texts.ts';
import { findAnnualReport } from '../report/store.ts';
import { uploadReports } from '../report/upload-reports.ts';
import { RoundForm } from '../supervision/form.ts';
import { recordTraining } from '../supervision/record.ts';
import { addKeyTask, completeKeyTask, openAssessment, scoreAssessedUnit } from '../supervision/work.ts';
import { REFERENCE_YEAR, at } from './dates.ts';
import { TEXTS_2023 } from './report-2023.ts';

export type LivingStaff = Record<'clerk' | 'head' | 'supervisor', StaffActor>;

const after = (day: string) => Number(day.slice(0, 4)) > REFERENCE_YEAR;

const FEEDBACK = [
  {
    ago: 3,
    name: null,
    subject: '建议在村务公开栏增加医保缴费说明',
    body: '今年医保缴费的标准和时间变化较大，建议在各村公开栏张贴缴费说明，方便老年人了解。',
    reply: null,
  },
  {
    ago: 50,
    name: '刘女士',
    subject: '低保公示期能否延长',
    body: '低保复核结果公示只有七天，外出务工人员来不及看到，建议适当延长公示时间或同步在网上公示。',
    reply:
      '感谢您的建议。低保复核结果已同步在本网站“社会救助”栏目公示，公示期内可随时查看；下一轮公示将在公示栏注明网上查看方式。',
  },
];

export async function seedLiving(
  db: Db,
  config: Config,
  code: string,
  staff: LivingStaff,
  today: string,
): Promise<void> {
  const on = (actor: StaffActor, day: string) => makeCtx({ db, config, now: at(day) }, actor);
  const year = Number(today.slice(0, 4));

  for (const f of FEEDBACK) {
    const day = addDays(today, -f.ago);
    if (!after(day)) continue;
    const input = FeedbackForm.parse({
      key: `demo-feedback-${f.ago}-0000000`,
      name: f.name ?? undefined,
      subject: f.subject,
      body: f.body,
      wantsPublic: 'yes',
    });
    await submitFeedback(makeCtx({ db, config, now: at(day) }, { kind: 'public' }), code, input);
    if (!f.reply) continue;
    const ctx = on(staff.clerk, addDays(day, 6));
    const fb = (await listFeedback(db, ctx.scope, staff.clerk.agencyId)).find((x) => x.subject === f.subject)!;
    await replyToFeedback(ctx, fb.id, { reply: f.reply, version: fb.version });
    await publishFeedback(on(staff.head, addDays(day, 7)), fb.id, true);
  }

  for (const y of [year - 1, year].filter((y) => y > REFERENCE_YEAR)) {
    for (const heldOn of [`${y}-03-15`, `${y}-09-15`].filter((d) => d <= today)) {
      await recordTraining(on(staff.head, heldOn), {
        heldOn,
        topic: '政务公开业务培训：依申请公开办理程序、答复文书规范和年度报告编制',
        organiser: '东和乡人民政府',
        attendees: 18,
        attendeeUnits: '乡属各单位、各村负责政务公开的人员',
      });
    }
    const taskDue = `${y}-12-20`;
    const task = await addKeyTask(on(staff.head, `${y}-01-15` <= today ? `${y}-01-15` : today), {
      year: y,
      source: `《${y}年政务公开重点工作任务分工表》`,
      task: '做好乡村振兴领域项目和资金信息公开',
      owner: '综合办',
      dueOn: taskDue,
    });
    if (taskDue < today)
      await completeKeyTask(on(staff.head, `${y}-12-18`), task, {
        doneOn: `${y}-12-18`,
        note: '项目和资金信息已在“乡村振兴”栏目逐项公开',
      });
  }
  if (year - 1 > REFERENCE_YEAR) {
    const ctx = on(staff.head, `${year - 1}-12-10`);
    const round = await openAssessment(
      ctx,
      RoundForm.parse({
        year: String(year - 1),
        title: `${year - 1}年度村级政务公开工作考核`,
        items: '公开内容完整 40\n更新及时 30\n公开栏规范 30',
      }),
    );
    for (const [unit, scores] of [
      ['东和村', ['38', '27', '28']],
      ['西岭村', ['35', '30', '26']],
    ] as const) {
      await scoreAssessedUnit(ctx, round, { unit, scores: scores.map(Number), note: null });
    }
  }

  await seedReports(db, config, code, staff, today);
  await seedCheckerBatch(db, config, code, staff.supervisor, today);
}

/** Years after the reference year: published in January of the next year, except last year's while still due. */
async function seedReports(db: Db, config: Config, code: string, staff: LivingStaff, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const kind = 'township' as AgencyKind;
  const texts = (y: number) =>
    Object.fromEntries(Object.entries(TEXTS_2023).map(([k, v]) => [k, v.replaceAll('2023', String(y))]));
  for (let y = REFERENCE_YEAR + 1; y < year; y++) {
    const due = annualReportDue(kind, y, config.reportDue[kind]).due;
    const written = `${y + 1}-01-10` < today ? `${y + 1}-01-10` : today;
    await saveReportTexts(on(staff.clerk, written), code, y, { texts: texts(y), version: null });
    if (y === year - 1 && today <= due) {
      await freezeAnnualReport(on(staff.head, today), code, y);
      continue;
    }
    const row = (await findAnnualReport(db, staff.head.agencyId, y))!;
    await publishAnnualReport(on(staff.head, `${y + 1}-01-20`), code, y, {
      justification: '已逐项核对，警告所指情况属实。',
      version: row.version,
    });
  }
  const last = await findAnnualReport(db, staff.head.agencyId, year - 1);
  if (year - 1 <= REFERENCE_YEAR || last?.state === 'published') {
    await saveReportTexts(on(staff.clerk, today), code, year, { texts: texts(year), version: null });
  }

  function on(actor: StaffActor, day: string) {
    return makeCtx({ db, config, now: at(day) }, actor);
  }
}

/** The county's checker batch: the township's published reports as they read on its site, three files named 1, 2, 10. */
async function seedCheckerBatch(
  db: Db,
  config: Config,
  code: string,
  supervisor: StaffActor,
  today: string,
): Promise<void> {
  const files = [];
  for (const [name, y] of [
    ['1', REFERENCE_YEAR],
    ['2', Number(today.slice(0, 4)) - 2],
    ['10', REFERENCE_YEAR],
  ] as const) {
    if (y < REFERENCE_YEAR) continue;
    const text = await reportText(db, code, y, name === '10' ? 'glued' : 'tab');
    if (text) files.push({ filename: `${name}.txt`, bytes: Buffer.from(text, 'utf8') });
  }
  if (files.length) await (await uploadReports(makeCtx({ db, config, now: at(today) }, supervisor), { files })).checked;
}

/** A published report as plain text (its tables in the given layout, its overview as prose); null when unpublished. */
async function reportText(db: Db, code: string, year: number, shape: TextShape): Promise<string | null> {
  const doc = await publishedReport(db, code, year).then(
    (r) => r.document,
    () => null,
  );
  return doc && `${doc.title}\n${renderText(doc.report, shape, doc.sections[0]!.blocks.map((b) => b.text).join('\n'))}`;
}
