// Issue 7 "What it must show": a rendered report read back by the checker's own readers gives the same report JSON:
// the tables cell for cell, the agency, the year, the format and the figures the prose states.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReportDocument } from '../document.ts';
import { runChecks } from '../checks.ts';
import type { FormatVersion } from '../model.ts';
import { readTextReport } from '../parse/text.ts';
import { decodeReport } from '../read-file.ts';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { renderReportDocx } from './docx.ts';
import { reportHtmlFile } from './html-file.ts';
import { renderReportPdf } from './pdf.ts';
import { renderText, type TextShape } from './text.ts';

const NAMES = ['东和乡人民政府', '示例县人民政府', '某市生态环境局', '新城街道办事处'];

async function readBack(bytes: Buffer, kind: string) {
  const read = await decodeReport(bytes);
  assert.ok(read.ok, read.ok ? '' : read.error);
  assert.equal(read.kind, kind);
  const { report, prose } = readTextReport(read.text);
  report.findings = runChecks(report, { prose });
  return report;
}

function assertSame(back: Awaited<ReturnType<typeof readBack>>, doc: ReportDocument, label: string): void {
  const r = doc.report;
  assert.deepEqual(back.tables, r.tables, `${label}: tables`);
  assert.deepEqual([back.agency.name, back.year, back.format], [r.agency.name, r.year, r.format], `${label}: identity`);
  assert.deepEqual(back.narrative, r.narrative, `${label}: narrative`);
  // A consistent report, rendered, passes the checker: only the outdated-format warning for a 2023 report in 2019 form.
  assert.deepEqual(
    back.findings.map((f) => f.rule),
    r.format === '2019' ? ['FORMAT.OUTDATED'] : [],
    `${label}: findings`,
  );
}

const cases = (count: number) =>
  (['2021', '2019'] as FormatVersion[]).flatMap((format) =>
    Array.from({ length: count }, (_, i) => ({ format, seed: 100 + i, name: NAMES[i % NAMES.length]! })),
  );
const proseOf = (doc: ReportDocument) => [...doc.preface, ...doc.sections[0]!.blocks.map((b) => b.text)].join('\n');

describe('round trips through the checker', () => {
  for (const shape of ['tab', 'pipe', 'lines'] as TextShape[]) {
    test(`plain text (${shape}) reads back to the same report, both formats`, async () => {
      for (const c of cases(6)) {
        const doc = sampleDocument(c);
        const back = await readBack(Buffer.from(renderText(doc.report, shape, proseOf(doc))), 'text');
        assertSame(back, doc, `${shape} ${c.format} seed ${c.seed}`);
      }
    });
  }

  test('plain text with glued digits: identity and prose figures exact, every cell read is the true one (blank only where several splits fit)', async () => {
    for (const c of cases(6)) {
      const doc = sampleDocument({ ...c, max: 9 });
      const back = await readBack(Buffer.from(renderText(doc.report, 'glued', proseOf(doc))), 'text');
      const r = doc.report;
      assert.deepEqual(
        [back.agency.name, back.year, back.format, back.narrative],
        [r.agency.name, r.year, r.format, r.narrative],
      );
      for (const table of ['proactive', 'applications', 'appeals'] as const) {
        for (const [row, cells] of Object.entries(back.tables[table] ?? {})) {
          for (const [col, v] of Object.entries(cells ?? {})) {
            if (v !== null)
              assert.equal(
                v,
                (r.tables[table] as Record<string, Record<string, number>>)[row]?.[col],
                `glued ${c.format} seed ${c.seed} ${table}.${row}.${col}`,
              );
          }
        }
      }
    }
  });

  test('the HTML file reads back to the same report, both formats, with charts', async () => {
    for (const c of cases(12)) {
      const doc = sampleDocument(c);
      assertSame(await readBack(Buffer.from(reportHtmlFile(doc)), 'html'), doc, `html ${c.format} seed ${c.seed}`);
    }
  });

  test('the Word file (read by mammoth, merged cells expanded) reads back to the same report, both formats', async () => {
    for (const c of cases(8)) {
      const doc = sampleDocument(c);
      assertSame(await readBack(await renderReportDocx(doc), 'docx'), doc, `docx ${c.format} seed ${c.seed}`);
    }
  });

  test('the PDF (text with positions, tables across pages, charts) reads back to the same report, both formats', async () => {
    for (const c of cases(4)) {
      const doc = sampleDocument(c);
      assertSame(await readBack(await renderReportPdf(doc), 'pdf'), doc, `pdf ${c.format} seed ${c.seed}`);
    }
  });
});

describe('the reference township (东和乡, 2023, drawn in the 2021 format)', () => {
  const zero = (t: Record<string, Record<string, number | null> | null>) =>
    Object.fromEntries(
      Object.entries(t).map(([k, row]) => [k, row && Object.fromEntries(Object.keys(row).map((c) => [c, 0]))]),
    );
  const base = sampleDocument({ seed: 1, name: '东和乡人民政府' });
  const report = {
    ...base.report,
    agency: { name: '东和乡人民政府', level: 'township' as const },
    tables: {
      proactive: zero(base.report.tables.proactive!),
      applications: zero(base.report.tables.applications!) as typeof base.report.tables.applications,
      appeals: zero(base.report.tables.appeals!) as typeof base.report.tables.appeals,
    },
    narrative: { proactiveCount: 201, applicationsReceived: 0, reconsiderations: 0, lawsuits: 0 },
  };
  const overview = [
    '2023年，在政府信息公开网站及时主动公开各类政府信息201条，做好权威信息发布工作，确保我乡政府信息公开工作正常高效运行。',
    '2023年东和乡未接到政府信息公开申请，与往年相比无变化。2023年因政府信息公开引起的行政复议0件，诉讼0件。',
    '截至2023年12月31日，“灵净东和”公众号关注人数达2331人，2023年累计发布文章340篇。',
  ].map((text) => ({ kind: 'paragraph' as const, text }));
  const doc: ReportDocument = {
    ...base,
    report,
    charts: null,
    sections: base.sections.map((s) => (s.key === 'overview' ? { ...s, blocks: overview } : s)),
  };

  test('every output reads back to its figures (201 items, no applications, no 复议 or 诉讼) with no finding at all', async () => {
    const outputs: [string, Buffer][] = [
      ['html', Buffer.from(reportHtmlFile(doc))],
      ['docx', await renderReportDocx(doc)],
      ['pdf', await renderReportPdf(doc)],
      ['text', Buffer.from(renderText(doc.report, 'tab', proseOf(doc)))],
    ];
    for (const [kind, bytes] of outputs) {
      const back = await readBack(bytes, kind);
      assertSame(back, doc, kind);
      assert.equal(back.agency.level, 'township');
    }
  });
});
