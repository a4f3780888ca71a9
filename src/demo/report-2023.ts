// The reference township's 2023 annual report: the text blocks only people know, taken from the reference report's
// own prose (../shared/reference, sections 一 and 五), then closed and published by the head in January 2024 through
// the real use cases. Every figure in it comes from the data seeded before (catalogue-2023.ts, township-2023.ts).
import type { StaffActor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { publishAnnualReport } from '../report/publish-report.ts';
import { saveReportTexts } from '../report/save-texts.ts';
import { findAnnualReport } from '../report/store.ts';
import type { ReportTexts } from '../report/texts.ts';

export const TEXTS_2023: ReportTexts = {
  overview:
    '2023年，东和乡坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，严格按照国家、省、市关于全面推进政务公开工作决策部署，进一步规范公开内容、健全公开制度，拓展公开渠道，着力推进重点领域公开，及时、准确地向社会公开政府信息，依法保障群众知情权、参与权和监督权。',
  management:
    '全面梳理政务运行公开事项，细化政务公开主体、内容、程序，确保格式规范、目录准确。严格按照“谁制作或获取、谁审核、谁公开、谁负责”“涉密不上网、上网不涉密”的原则，对所发布的信息坚决做到先审后发，及时发现和纠正错漏信息。强化信息更新时效，定期对栏目进行监测，督促提醒责任部门及时发布信息，避免出现更新不及时、扎堆更新等现象。',
  platform:
    '充分发挥政府门户网站信息公开栏的作用，统一集中公开信息；使用好微信公众号等新媒体平台，及时推送党委政府工作动态、政务信息以及各种惠民政策；高效利用村宣传栏、村广播等线下宣传方式，让广大群众更广泛更及时获取信息。',
  mechanism:
    '东和乡建立单位一把手负总责、分管领导主抓、综合办专职负责的工作机制，根据《2023年政务公开重点工作任务分工》对全乡2023年政务公开工作进行安排部署，分解落实工作任务，压实工作责任。及时修订网站管理办法、信息发布审核制度、人员分工及工作流程等制度机制并强化落实。',
  assessment:
    '发挥效能考核“指挥棒”功效，加大政务公开督查力度，及时对各村政务公开工作进行检查，并将考核结果作为年度考核、个人评先评优的依据之一。',
  socialReview:
    '以高度的政治自觉主动接受社会监督，通过设置意见箱等，了解公众需求，征集公众对政务公开工作的意见建议，并针对指出的问题逐项核查、整改落实。',
  problems:
    '2023年，东和乡及时有效对政府信息进行了公开，接受了群众的监督，但仍然存在信息公开的社会宣传力度不够，群众对政策了解程度不深等问题。下一步，东和乡将继续加强政府自身建设，按照《中华人民共和国政府信息公开条例》有关规定开展政府信息公开工作，利用多种媒体和宣传渠道发布公开信息，提高社会对有关信息的知晓率，更好地服务社会。',
  keyPoints:
    '按照《2023年政务公开重点工作任务分工表》任务分工，对安全生产等不同公开任务加大信息发布和更新力度，做到各项政务信息有序公开。',
  proposals: '2023年度东和乡未承办人大代表建议和政协提案。',
  innovation: '2023年度东和乡无其他需要报告的创新事项。',
};

export async function seedReport2023(
  db: Db,
  config: Config,
  agencyCode: string,
  staff: { clerk: StaffActor; head: StaffActor },
): Promise<void> {
  const on = (actor: StaffActor, day: string) => makeCtx({ db, config, now: new Date(`${day}T02:30:00Z`) }, actor);
  await saveReportTexts(on(staff.clerk, '2024-01-10'), agencyCode, 2023, { texts: TEXTS_2023, version: null });
  const row = (await findAnnualReport(db, staff.head.agencyId, 2023))!;
  await publishAnnualReport(on(staff.head, '2024-01-20'), agencyCode, 2023, {
    justification: null,
    version: row.version,
  });
}
