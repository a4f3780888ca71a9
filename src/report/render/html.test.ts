import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SECTIONS } from '../format.ts';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { reportHtmlFile } from './html-file.ts';
import { reportHtml } from './html.ts';

test('the report page holds the title, the preface, the six headings in the national order and the date line', () => {
  const doc = sampleDocument({ seed: 4, name: '东和乡人民政府' });
  const out = reportHtml(doc).value;
  assert.match(
    out,
    /^<article class="annual-report" lang="zh-CN">\n<h1>东和乡人民政府2023年政府信息公开工作年度报告<\/h1>/,
  );
  const at = SECTIONS.map((s) => out.indexOf(`>${s.label}</h2>`));
  assert.ok(
    at.every((i) => i > 0),
    'every heading is present',
  );
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
    'in the national order',
  );
  assert.ok(out.indexOf('本报告中所列数据统计期限为2023年1月1日至12月31日') < at[0]!);
  assert.match(out, /<p class="report-date">2024年1月20日<\/p>\n<\/article>$/);
  for (const item of [
    '（一）收取信息处理费情况',
    '（二）落实上级年度政务公开工作要点情况',
    '（三）人大代表建议和政协提案办理结果公开情况',
    '（四）年度政务公开工作创新情况',
  ]) {
    assert.ok(out.indexOf(`<h3>${item}</h3>`) > at[5]!, `六 carries ${item}`);
  }
});

test('each table sits inside its own section: 表二 in 二, 表三 in 三, 表四 in 四', () => {
  const out = reportHtml(sampleDocument({ seed: 5 })).value;
  const section = (label: string) =>
    out.slice(out.indexOf(`>${label}</h2>`), out.indexOf('</section>', out.indexOf(`>${label}</h2>`)));
  assert.match(section('二、主动公开政府信息情况'), /<table class="report-table proactive">/);
  assert.match(section('三、收到和处理政府信息公开申请情况'), /<table class="report-table applications">/);
  assert.match(section('四、政府信息公开行政复议、行政诉讼情况'), /<table class="report-table appeals">/);
  assert.doesNotMatch(section('一、总体情况'), /<table/);
});

test('charts are inline SVG images named by <title> and described figure by figure in <desc>', () => {
  const doc = sampleDocument({ seed: 6 });
  const out = reportHtml(doc, { idPrefix: 'r6' }).value;
  const svgs = out.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
  assert.equal(svgs.length, 2);
  assert.match(svgs[0]!, /role="img"[^>]*aria-labelledby="r6-monthly-title r6-monthly-desc"/);
  assert.match(svgs[0]!, /<title id="r6-monthly-title">各月主动公开信息条数<\/title>/);
  const jan = doc.charts!.monthlyPublications[0]!.count;
  assert.match(svgs[0]!, new RegExp(`<desc id="r6-monthly-desc">1月${jan}条，`));
  const disclosed = doc.charts!.outcomeMix[0]!.value;
  assert.match(svgs[1]!, new RegExp(`<desc id="r6-outcomes-desc">予以公开${disclosed}件，部分公开`));
  assert.equal(svgs[1]!.match(/<rect /g)!.length, 6, 'one bar per outcome group');
});

test('no style attribute anywhere (the CSP forbids them), and text is escaped', () => {
  const base = sampleDocument({ seed: 8, charts: true });
  const doc = {
    ...base,
    sections: base.sections.map((s) =>
      s.key === 'problems'
        ? { ...s, blocks: [{ kind: 'paragraph' as const, text: '<script>alert(1)</script> & “引号”' }] }
        : s,
    ),
  };
  const out = reportHtml(doc).value;
  assert.doesNotMatch(out, /\sstyle=/);
  assert.doesNotMatch(out, /<script>/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; “引号”/);
});

test('a draft (no date line) says so, and charts are left out when the document has none', () => {
  const doc = { ...sampleDocument({ seed: 9, charts: false }), dateLine: null };
  const out = reportHtml(doc).value;
  assert.match(out, /（草稿，未发布）/);
  assert.doesNotMatch(out, /<svg/);
});

test('the downloadable file is a complete HTML document with its own small stylesheet', () => {
  const out = reportHtmlFile(sampleDocument({ seed: 10 }));
  assert.match(out, /^<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">/);
  assert.match(out, /<title>示例县人民政府2023年政府信息公开工作年度报告<\/title><style>[^<]*仿宋[^<]*<\/style>/);
  assert.match(out, /<\/article>\n<\/main><\/body><\/html>\n$/);
});

test('a chart whose figures are all zero is a sentence, not a figure of empty bars; one with figures stays a figure', () => {
  const doc = sampleDocument({ seed: 6 });
  doc.charts = {
    ...doc.charts!,
    monthlyPublications: doc.charts!.monthlyPublications.map((m) => ({ ...m, count: 0 })),
  };
  const out = reportHtml(doc).value;
  assert.match(out, /<p>本年度各月主动公开信息条数均为零，不作“各月主动公开信息条数”图。<\/p>/);
  assert.doesNotMatch(out, /<figcaption>图：各月主动公开信息条数<\/figcaption>/);
  assert.match(out, /<figcaption>图：申请办理结果构成<\/figcaption>/);
});
