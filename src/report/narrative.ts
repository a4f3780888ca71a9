// The report's prose (pure): sections 一 to 六 in the national order, every figure written from the same facts as the
// tables, with the people-written blocks (texts.ts) in their places. Section 六 carries its four standard items.
import { CHANNEL_LABELS, type ChannelKind } from '../catalogue/channels.ts';
import { type Block, type Charts, type DocumentSection, outcomeMix, type ReportDocument } from './document.ts';
import { type ApplicationRowKey, RESULT_GROUP_LABELS, SECTIONS } from './format.ts';
import { type ReportFacts, reportOf } from './live.ts';
import { type ReportTexts, TEXT_BLOCKS } from './texts.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });
const section = (key: DocumentSection['key'], blocks: Block[]): DocumentSection => ({
  key,
  heading: SECTIONS.find((s) => s.key === key)!.label,
  blocks,
});
const list = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;

export function reportTitle(f: Pick<ReportFacts, 'agency' | 'year'>): string {
  return `${f.agency.name}${f.year}年政府信息公开工作年度报告`;
}

function proactive(f: ReportFacts): string {
  const { total, byColumn } = f.published;
  if (total === 0) return `${f.year}年，${f.agency.name}未主动公开政府信息。`;
  const parts = [...byColumn].sort((a, b) => b.count - a.count).map((c) => `“${c.column}”栏目${c.count}条`);
  const t = f.tables.proactive;
  const docs = `；本年制发行政规范性文件${t.normativeDocuments?.issued ?? 0}件，现行有效${t.normativeDocuments?.inForce ?? 0}件`;
  return `${f.year}年，${f.agency.name}在政府信息公开平台主动公开政府信息${total}条，其中${list(parts)}${docs}。`;
}

function requests(f: ReportFacts): string[] {
  const a = f.tables.applications;
  const n = (row: ApplicationRowKey) => a[row]?.total ?? 0;
  const received = n('received'),
    carried = n('carriedIn');
  const first =
    received + carried === 0
      ? `${f.year}年，${f.agency.name}未收到政府信息公开申请，无上年结转申请。`
      : `${f.year}年，${f.agency.name}新收政府信息公开申请${received}件，上年结转${carried}件；本年办结${n('total')}件，其中${RESULT_GROUP_LABELS.disclosed}${n('disclosed')}件，${RESULT_GROUP_LABELS.partiallyDisclosed}${n('partiallyDisclosed')}件；结转下年度继续办理${n('carriedOut')}件。`;
  const ap = f.tables.appeals;
  const lawsuits = (ap.litigationDirect.total ?? 0) + (ap.litigationAfterReconsideration.total ?? 0);
  return [first, `因政府信息公开工作被申请行政复议${ap.reconsideration.total ?? 0}件，被提起行政诉讼${lawsuits}件。`];
}

function platform(f: ReportFacts, texts: ReportTexts): string[] {
  const out: string[] = [];
  for (const m of f.media)
    out.push(
      `“${m.name}”${m.platform}截至${f.year}年12月31日关注人数${m.followers}人，${f.year}年累计发布${m.posts}篇。`,
    );
  const posts = f.channels
    .filter((c) => c.count > 0)
    .map((c) => `${CHANNEL_LABELS[c.channel as ChannelKind] ?? c.channel}${c.count}次`);
  if (posts.length) out.push(`已公开信息同步发布到${list(posts)}。`);
  return [...out, texts.platform];
}

function supervision(f: ReportFacts, texts: ReportTexts): Block[] {
  const w = f.work;
  const months = [...new Set(w.trainings.map((t) => `${Number(t.heldOn.slice(5, 7))}月`))];
  const training = w.trainings.length
    ? `${f.year}年在${list(months)}组织或参加政府信息公开业务培训${w.trainings.length}次。`
    : `${f.year}年未组织政府信息公开业务培训。`;
  const units = w.assessmentRounds.reduce((n, r) => n + r.units, 0);
  const assessment = w.assessmentRounds.length
    ? `${f.year}年开展政务公开工作考核${w.assessmentRounds.length}次，考核单位${units}个。`
    : '';
  const tasks = keyTasks(f, texts);
  const box = `通过意见箱收到公众意见建议${w.feedback.received}条，已答复${w.feedback.replied}条。`;
  const accountability = w.accountability
    ? `${f.year}年因政府信息公开工作开展责任追究${w.accountability}件。`
    : `${f.year}年未发生因政府信息公开工作开展责任追究的情况。`;
  return [
    h('1.机制建设情况'),
    p(texts.mechanism),
    h('2.政务公开培训情况'),
    p(training),
    h('3.工作考核情况'),
    p(`${assessment}${texts.assessment}`),
    h('4.政务公开重点工作任务落实情况'),
    p(tasks),
    h('5.社会评议和责任追究结果情况'),
    p(`${box}${texts.socialReview}${accountability}`),
  ];
}

// 重点工作任务 (一（五）4): the recorded tasks when there are any. With none recorded, a report whose own text blocks
// describe the key tasks (the 分工表 in 机制建设, the 工作要点 in 六（二）) must not also say there were none: it points
// to those blocks instead, so the report never contradicts itself.
function keyTasks(f: ReportFacts, texts: ReportTexts): string {
  const t = f.work.keyTasks;
  if (t.total) return `${f.year}年政务公开重点工作任务${t.total}项，年底前完成${t.done}项。`;
  const places = TEXT_BLOCKS.filter((b) => texts[b.key].includes('重点工作任务')).map((b) => `“${placeName(b.label)}”`);
  if (places.length) return `${f.year}年政务公开重点工作任务的部署和落实情况见本报告${list(places)}部分。`;
  return `${f.year}年未登记政务公开重点工作任务。`;
}

/** A text block's place without its numbering or note: '一（五）1. 机制建设情况' → '机制建设情况'. */
const placeName = (label: string) =>
  label.replace(/^(?:[一二三四五六]、|[一二三四五六]（[一二三四五六]）)\s*(?:\d+\.\s*)?/, '').replace(/[：（].*$/, '');

function otherMatters(f: ReportFacts, texts: ReportTexts): Block[] {
  const fees = f.fees.cases
    ? `${f.year}年，${f.agency.name}依据《政府信息公开信息处理费管理办法》收取信息处理费${f.fees.cases}件，共计${f.fees.yuan}元。`
    : `${f.year}年，${f.agency.name}未收取信息处理费。`;
  return [
    h('（一）依据《政府信息公开信息处理费管理办法》收取信息处理费情况'),
    p(fees),
    h('（二）落实上级年度政务公开工作要点情况'),
    p(texts.keyPoints),
    h('（三）人大代表建议和政协提案办理结果公开情况'),
    p(texts.proposals),
    h('（四）年度政务公开工作创新情况'),
    p(texts.innovation),
  ];
}

export function charts(f: ReportFacts): Charts {
  return {
    outcomeMix: outcomeMix(f.tables.applications),
    monthlyPublications: f.published.byMonth.map((count, i) => ({ month: i + 1, count })),
  };
}

/** The whole report document of the facts and texts; `dateLine` is set when published. */
export function reportDocument(f: ReportFacts, texts: ReportTexts, dateLine: string | null = null): ReportDocument {
  const name = f.agency.name;
  const preface = [
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条规定，由${name}根据本机关${f.year}年政府信息公开工作情况编制。`,
    `本报告中所列数据统计期限为${f.year}年1月1日至12月31日。`,
  ];
  const overview: Block[] = [
    p(texts.overview),
    h('（一）主动公开政府信息情况'),
    p(proactive(f)),
    h('（二）依申请公开办理情况'),
    ...requests(f).map(p),
    h('（三）政府信息管理情况'),
    p(texts.management),
    h('（四）平台建设情况'),
    ...platform(f, texts).map(p),
    h('（五）监督保障情况'),
    ...supervision(f, texts),
  ];
  return {
    report: reportOf(f),
    title: reportTitle(f),
    preface,
    sections: [
      section('overview', overview),
      section('proactive', []),
      section('applications', []),
      section('appeals', []),
      section('problems', [p(texts.problems)]),
      section('other', otherMatters(f, texts)),
    ],
    charts: charts(f),
    dateLine,
  };
}

/** All prose of the document, for the rules that read it (self-reference, year, narrative figures). */
export function proseOf(doc: ReportDocument): string {
  return [doc.title, ...doc.preface, ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)])].join(
    '\n',
  );
}
