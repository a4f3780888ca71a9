// A consistent made-up ReportDocument for tests and previews: sampleReport's tables with realistic prose in every
// section (the figures the prose states agree with the tables), section 六's four standard items and both charts.
import { type Block, type DocumentSection, outcomeMix, type ReportDocument } from '../../src/report/document.ts';
import { SECTIONS } from '../../src/report/format.ts';
import type { Report } from '../../src/report/model.ts';
import { random, sampleReport, type SampleOptions } from './report-sample.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });

export function sampleDocument(options: SampleOptions & { charts?: boolean }): ReportDocument {
  const base = sampleReport(options);
  const rnd = random(options.seed * 7919 + 1);
  const year = base.year as number;
  const name = base.agency.name as string;
  const a = base.tables.appeals!;
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: 5 + Math.floor(rnd() * 30) }));
  const proactiveCount = months.reduce((s, m) => s + m.count, 0);
  const received = base.tables.applications!.received!.total as number;
  const reconsiderations = a.reconsideration.total as number;
  const lawsuits = (a.litigationDirect.total as number) + (a.litigationAfterReconsideration.total as number);
  const report: Report = {
    ...base,
    narrative: { proactiveCount, applicationsReceived: received, reconsiderations, lawsuits },
  };
  const blocks: Record<(typeof SECTIONS)[number]['key'], Block[]> = {
    overview: [
      p(
        `${year}年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作深化政务公开，依法保障人民群众的知情权、参与权、表达权和监督权。`,
      ),
      h('（一）主动公开'),
      p(
        `全年通过政府门户网站主动公开政府信息${proactiveCount}条，涵盖机构职能、政策文件、财政预决算、重点项目和民生保障等内容。`,
      ),
      h('（二）依申请公开'),
      p(
        received === 0
          ? `${year}年本机关未收到政府信息公开申请。`
          : `${year}年本机关新收政府信息公开申请${received}件，均在法定期限内答复。`,
      ),
      h('（三）政府信息管理'),
      p('严格执行信息发布前保密审查和“先审后发”制度，定期清理网站栏目，确保发布内容准确、及时。'),
      h('（四）平台建设'),
      p('持续加强政府网站和政务新媒体建设，发挥政务公开专区和公开栏作用，拓宽群众获取信息的渠道。'),
      h('（五）监督保障'),
      p(
        `全年组织政务公开业务培训3次，将政务公开纳入年度绩效考核；因政府信息公开引起的行政复议${reconsiderations}件，行政诉讼${lawsuits}件；未发生责任追究情况。`,
      ),
    ],
    proactive: [],
    applications: [],
    appeals: [],
    problems: [
      p(
        '一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步，本机关将健全栏目更新督促机制，丰富图解、视频等解读形式，提升公开质量。',
      ),
    ],
    other: [
      h('（一）收取信息处理费情况'),
      p('依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。'),
      h('（二）落实上级年度政务公开工作要点情况'),
      p(`按照上级${year}年政务公开工作要点要求，逐项分解任务、明确责任，各项任务均已按期完成。`),
      h('（三）人大代表建议和政协提案办理结果公开情况'),
      p('本年度承办的人大代表建议和政协提案均已按要求办结，办理复文在征得代表、委员同意后予以公开。'),
      h('（四）年度政务公开工作创新情况'),
      p('开展“政府开放日”活动，邀请群众代表走进机关，面对面听取对政务公开工作的意见建议。'),
    ],
  };
  const sections: DocumentSection[] = SECTIONS.map((s) => ({ key: s.key, heading: s.label, blocks: blocks[s.key] }));
  return {
    report,
    title: `${name}${year}年政府信息公开工作年度报告`,
    preface: [
      `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，由${name}编制。`,
      `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据统计期限为${year}年1月1日至12月31日。`,
    ],
    sections,
    charts:
      options.charts === false
        ? null
        : { outcomeMix: outcomeMix(report.tables.applications ?? {}), monthlyPublications: months },
    dateLine: `${year + 1}年1月20日`,
  };
}
