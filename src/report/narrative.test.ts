// The prose written from the data never contradicts the text blocks people wrote: 重点工作任务 (一（五）4).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportFacts } from './live.ts';
import { applicationsTable } from './live.ts';
import { reportDocument } from './narrative.ts';
import { defaultTexts, type ReportTexts } from './texts.ts';

const facts = (keyTasks: { total: number; done: number }): ReportFacts => ({
  agency: { id: 1, code: 'donghe', name: '东和乡人民政府', kind: 'township' },
  year: 2023,
  computedAt: '2024-01-10T00:00:00Z',
  tables: {
    proactive: {},
    applications: applicationsTable([]),
    appeals: {
      reconsideration: { total: 0 },
      litigationDirect: { total: 0 },
      litigationAfterReconsideration: { total: 0 },
    },
  } as unknown as ReportFacts['tables'],
  published: { total: 0, byColumn: [], byMonth: Array(12).fill(0) },
  channels: [],
  media: [],
  work: { trainings: [], assessmentRounds: [], keyTasks, feedback: { received: 0, replied: 0 }, accountability: 0 },
  fees: { cases: 0, yuan: 0 },
});
const filled = (over: Partial<ReportTexts>): ReportTexts => ({
  ...(Object.fromEntries(Object.keys(defaultTexts()).map((k) => [k, '无。'])) as ReportTexts),
  ...over,
});
const section4 = (f: ReportFacts, texts: ReportTexts) => {
  const blocks = reportDocument(f, texts).sections[0]!.blocks;
  const at = blocks.findIndex((b) => b.text === '4.政务公开重点工作任务落实情况');
  return blocks[at + 1]!.text;
};
const allProse = (f: ReportFacts, texts: ReportTexts) =>
  reportDocument(f, texts)
    .sections.flatMap((s) => s.blocks.map((b) => b.text))
    .join('\n');

test('text blocks that describe the 重点工作任务 are never contradicted by "未登记" when none were recorded', () => {
  const texts = filled({
    mechanism: '根据《2023年政务公开重点工作任务分工》对全乡2023年政务公开工作进行安排部署。',
    keyPoints: '按照《2023年政务公开重点工作任务分工表》任务分工，加大信息发布和更新力度。',
  });
  assert.doesNotMatch(allProse(facts({ total: 0, done: 0 }), texts), /未登记政务公开重点工作任务/);
  assert.equal(
    section4(facts({ total: 0, done: 0 }), texts),
    '2023年政务公开重点工作任务的部署和落实情况见本报告“机制建设情况”和“落实上级年度政务公开工作要点情况”部分。',
  );
});

test('recorded tasks are counted; a report with neither tasks nor a word about them says none were recorded', () => {
  assert.equal(section4(facts({ total: 4, done: 3 }), filled({})), '2023年政务公开重点工作任务4项，年底前完成3项。');
  assert.equal(section4(facts({ total: 0, done: 0 }), filled({})), '2023年未登记政务公开重点工作任务。');
});
