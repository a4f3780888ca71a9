import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApplicationRowKey } from '../format.ts';
import { entriesOf, type Report } from '../model.ts';
import { renderText, type TextShape } from '../render/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { checkTextReport } from './text.ts';

const rules = (r: Report) => r.findings.map((f) => f.rule);
const SHAPES: readonly TextShape[] = ['tab', 'pipe', 'lines'];

describe('text shapes: a consistent report rendered in each shape reads back to the same tables', () => {
  for (const shape of SHAPES)
    for (const format of ['2021', '2019'] as const) {
      test(`${shape}, ${format} format, 25 reports`, () => {
        for (let seed = 1; seed <= 25; seed++) {
          const r = sampleReport({ seed, format, year: format === '2019' ? 2020 : 2023 });
          const back = checkTextReport(renderText(r, shape), 'x.txt');
          assert.deepEqual(back.tables, r.tables, `seed ${seed}`);
          assert.equal(back.format, format);
          assert.deepEqual(
            back.findings.filter((f) => f.severity !== 'info'),
            [],
            `seed ${seed}: ${rules(back).join(',')}`,
          );
        }
      });
    }

  test('columns aligned with spaces (pdftotext -layout) and Markdown tables with rule lines', () => {
    const r = sampleReport({ seed: 6 });
    assert.deepEqual(checkTextReport(renderText(r, 'tab').replace(/\t/g, '     '), 'x.txt').tables, r.tables);
    const md = renderText(r, 'pipe')
      .replace(/^(\| 信息内容 .*)$/gm, '$1\n|---|---|---|---|')
      .replace(/^(\| 申请人情况 .*)$/gm, '$1\n| --- | :---: | --- | --- |');
    assert.deepEqual(checkTextReport(md, 'x.md').tables, r.tables);
  });

  test('one cell per line without blank lines between rows', () => {
    const r = sampleReport({ seed: 3 });
    const back = checkTextReport(renderText(r, 'lines').replace(/\n{2,}/g, '\n'), 'x.txt');
    assert.deepEqual(back.tables, r.tables);
  });

  test('glued digits: every value read is the true one; where several splits fit, the cell is left blank and said so', () => {
    let exact = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const r = sampleReport({ seed, max: 12 });
      const back = checkTextReport(renderText(r, 'glued'), 'x.txt');
      const apps = back.tables.applications ?? {};
      for (const [row, cells] of entriesOf(apps)) {
        for (const [col, v] of Object.entries(cells)) {
          if (v === null)
            assert.ok(
              back.findings.some((f) => f.row === row && /PARSE\.(AMBIGUOUS_SPLIT|UNREADABLE_ROW)/.test(f.rule)),
              `${row}.${col} blank without a reason`,
            );
          else assert.equal(v, r.tables.applications?.[row]?.[col as 'total'], `seed ${seed} ${row}.${col}`);
        }
      }
      if (JSON.stringify(back.tables.applications) === JSON.stringify(r.tables.applications)) exact++;
    }
    assert.ok(exact >= 30, `most glued 表三 are unique under the identities (${exact}/40)`);
  });

  test('glued 表四 with two valid splits: reported as ambiguous, nothing invented', () => {
    const text = `${head()}四、政府信息公开行政复议、行政诉讼情况\n结果维持结果纠正其他结果尚未审结总计\n9107179602177121020\n`;
    const r = checkTextReport(text, 'x.txt');
    const f = r.findings.find((x) => x.rule === 'PARSE.AMBIGUOUS_SPLIT');
    assert.ok(f, rules(r).join(','));
    assert.match(f.message, /2 种读法/);
    // 9 1 0 7 17 | 9 6 0 2 17 | 7 1 2 10 20 or 7 12 1 0 20: the groups both readings share are kept, the rest is blank.
    assert.equal(r.tables.appeals?.reconsideration.total, 17);
    assert.deepEqual(r.tables.appeals?.litigationAfterReconsideration, {
      upheld: 7,
      corrected: null,
      other: null,
      pending: null,
      total: 20,
    });
  });

  test('a glued 表三 row with two splits is settled by the column identities when they allow only one', () => {
    // 1.属于国家秘密 "214821128": 2,1,4,8,2,11,28 or 2,14,8,2,1,1,28; the 总计 row and the balance decide.
    const r = sampleReport({ seed: 5, max: 5 });
    const apps = r.tables.applications as NonNullable<Report['tables']['applications']>;
    const add = (row: ApplicationRowKey, v: number[]) =>
      Object.keys(apps[row] ?? {}).forEach((c, i) => {
        const cells = apps[row] as Record<string, number>;
        cells[c] = (cells[c] ?? 0) + (v[i] as number);
      });
    const extra = [2, 1, 4, 8, 2, 11, 28];
    apps['withheld.stateSecret'] = Object.fromEntries(
      Object.keys(apps.total ?? {}).map((c, i) => [c, extra[i] as number]),
    ) as never;
    add('total', extra);
    add('received', extra);
    const glued = renderText(r, 'glued');
    assert.match(glued, /属于国家秘密214821128/);
    const back = checkTextReport(glued, 'x.txt');
    assert.deepEqual(back.tables.applications?.['withheld.stateSecret'], apps['withheld.stateSecret']);
  });
});

function head(year = 2023): string {
  return `示例乡人民政府${year}年政府信息公开工作年度报告\n\n一、总体情况\n\n（略）\n\n`;
}

describe('text details: labels, punctuation, empty cells, signs, pages, truncation', () => {
  const base = () => renderText(sampleReport({ seed: 11 }), 'tab');

  test('labels spaced out or broken across lines, full-width digits and brackets', () => {
    const r = sampleReport({ seed: 11 });
    const text = base()
      .replace('三、本年度办理结果', '三、本年\n度 办 理 结 果')
      .replace('2.其他法律行政法规禁止公开', '2. 其他法律行政法规禁\n止公开')
      .replace('商业企业', '商业\n企业')
      .replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
      .replace(/\(/g, '（');
    assert.deepEqual(checkTextReport(text, 'x.txt').tables, r.tables);
  });

  test('"/", "_", "—" and blank cells read as null, never 0, and are reported', () => {
    const lines = base().split('\n');
    const at = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    const cells = (lines[at] as string).split('\t');
    cells[1] = '/';
    cells[2] = '_';
    cells[3] = '—';
    cells[4] = '';
    lines[at] = cells.join('\t');
    const r = checkTextReport(lines.join('\n'), 'x.txt');
    const row = r.tables.applications?.disclosed;
    assert.deepEqual([row?.natural, row?.commercial, row?.research, row?.social], [null, null, null, null]);
    assert.equal(r.findings.filter((f) => f.rule === 'PARSE.BLANK_CELL' && f.row === 'disclosed').length, 4);
  });

  test('2019 format: signed 本年增/减 and a fractional amount', () => {
    const r = sampleReport({ seed: 2, format: '2019', year: 2020 });
    (r.tables.proactive?.licensing as Record<string, number>).change = -2;
    (r.tables.proactive?.penalties as Record<string, number>).change = 3;
    (r.tables.proactive?.procurement as Record<string, number>).amount = 251000.5;
    const text = renderText(r, 'tab').replace('\t3\t', '\t+3\t').replace('251000.5', '251,000.5');
    const back = checkTextReport(text, 'x.txt');
    assert.equal(back.tables.proactive?.licensing?.change, -2);
    assert.equal(back.tables.proactive?.penalties?.change, 3);
    assert.equal(back.tables.proactive?.procurement?.amount, 251000.5);
    assert.ok(!rules(back).includes('VALUE.INVALID'));
  });

  test('a table split across pages (page number, running title, repeated header) and the next heading glued to the last row', () => {
    const r = sampleReport({ seed: 4 });
    const text = base()
      .replace(
        '5.属于三类内部事务信息',
        '- 7 -\n示例县人民政府2023年政府信息公开工作年度报告\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n5.属于三类内部事务信息',
      )
      .replace(/(四、结转下年度继续办理[^\n]*)\n\n四、/, '$1四、');
    assert.deepEqual(checkTextReport(text, 'x.txt').tables, sampleReport({ seed: 11 }).tables);
    assert.ok(r);
  });

  test('a row broken by a page: its numbers continue on the next page', () => {
    const lines = base().split('\n');
    const at = lines.findIndex((l) => l.startsWith('2.重复申请'));
    const cells = (lines[at] as string).split('\t');
    lines[at] = `${cells.slice(0, 4).join('\t')}\n第 8 页\n\t${cells.slice(4).join('\t')}`;
    assert.deepEqual(checkTextReport(lines.join('\n'), 'x.txt').tables, sampleReport({ seed: 11 }).tables);
  });

  test('section 五 worded otherwise still ends 表四: the numbers of its prose are not read as cells', () => {
    const r = sampleReport({ seed: 11 });
    for (const five of ['五、存在的问题和改进措施', '五、主要问题及改进情况', '五、工作中存在的不足和改进措施']) {
      const text = renderText(r, 'glued').replace(
        /五、存在的主要问题及改进情况[\s\S]*$/,
        `${five}\n一是3个栏目更新慢；二是12条信息解读不足。\n`,
      );
      const back = checkTextReport(text, 'x.txt');
      assert.deepEqual(back.tables.appeals, r.tables.appeals, five);
    }
  });

  test('2019 表二 with a 2021 表三 is a mixture, flagged as mixed and outdated', () => {
    const old = renderText(sampleReport({ seed: 1, format: '2019' }), 'tab');
    const now = renderText(sampleReport({ seed: 1, format: '2021' }), 'tab');
    const text = old.slice(0, old.indexOf('三、收到和处理')) + now.slice(now.indexOf('三、收到和处理'));
    const r = checkTextReport(text, 'x.txt');
    assert.equal(r.format, 'mixed');
    assert.ok(rules(r).includes('FORMAT.MIXED') && rules(r).includes('FORMAT.OUTDATED'));
  });

  test('a truncated document yields what is there: the rest is null and reported, never invented', () => {
    const text = base();
    const cut = text.slice(0, text.indexOf('（五）不予处理'));
    const r = checkTextReport(cut, 'x.txt');
    assert.equal(
      r.tables.applications?.['unavailable.notHeld']?.total,
      sampleReport({ seed: 11 }).tables.applications?.['unavailable.notHeld']?.total,
    );
    assert.deepEqual(Object.values(r.tables.applications?.total ?? {}), [null, null, null, null, null, null, null]);
    assert.equal(r.tables.appeals, null);
    assert.ok(rules(r).includes('PARSE.TRUNCATED'));
    assert.ok(r.findings.some((f) => f.rule === 'PARSE.MISSING_TABLE' && f.table === 'appeals'));
    assert.ok(
      !r.findings.some((f) => f.rule === 'PARSE.BLANK_CELL' && f.row === 'total'),
      'rows after the cut are explained once, not one blank-cell warning each',
    );
  });
});

describe('who and when, and the figures of the prose', () => {
  test('agency name, level and year from titles of several forms', () => {
    const cases: [string, string, string, number][] = [
      ['东和乡 2023 年度政府 信息公开工作年度报告', '东和乡', 'township', 2023],
      ['2022年示例县人民政府政府信息公开工作年度报告', '示例县人民政府', 'county', 2022],
      ['示例市教育局2021年度政府信息公开工作年度报告', '示例市教育局', 'department', 2021],
      ['某某街道办事处2024年政府信息公开工作年度报告', '某某街道办事处', 'street', 2024],
      ['某省人民政府2023年政府信息公开工作年度报告', '某省人民政府', 'province', 2023],
    ];
    for (const [title, name, level, year] of cases) {
      const r = checkTextReport(`${title}\n\n正文。`, 'x.txt');
      assert.deepEqual([r.agency.name, r.agency.level, r.year], [name, level, year], title);
    }
  });

  test('prose figures: 主动公开, applications, 复议 and 诉讼, including "未接到申请"', () => {
    const text = `${head()}全年主动公开政府信息 56 条。本年度共收到政府信息公开申请12件。因政府信息公开引起的行政复议2件，行政诉讼1件。\n`;
    assert.deepEqual(checkTextReport(text, 'x.txt').narrative, {
      proactiveCount: 56,
      applicationsReceived: 12,
      reconsiderations: 2,
      lawsuits: 1,
    });
    const none = checkTextReport(`${head()}2023年未接到政府信息公开申请。\n`, 'x.txt').narrative;
    assert.equal(none.applicationsReceived, 0);
    assert.equal(none.reconsiderations, null);
  });
});

describe('hostile text', () => {
  test('megabytes of noise, a 5,000-digit run in a row and a table of 100,000 numbers finish quickly with findings', () => {
    const started = performance.now();
    let noise = '';
    for (let i = 0; i < 200000; i++)
      noise += i % 7 === 0 ? '\t' : i % 11 === 0 ? '\n' : String.fromCharCode(0x4e00 + ((i * 7919) % 20000)) + (i % 13);
    const r1 = checkTextReport(noise, 'noise.txt');
    assert.deepEqual(
      r1.findings.map((f) => f.rule),
      ['PARSE.NOT_A_REPORT'],
      'noise is said not to be a report, once',
    );
    const long = `${head()}三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${'7'.repeat(5000)}\n`;
    const r2 = checkTextReport(long, 'long.txt');
    assert.ok(r2.findings.some((f) => f.rule === 'PARSE.UNREADABLE_ROW' && f.row === 'received'));
    const many = `${head()}四、政府信息公开行政复议、行政诉讼情况\n结果维持\n${Array.from({ length: 100000 }, (_, i) => i % 10).join('\t')}\n`;
    const r3 = checkTextReport(many, 'many.txt');
    assert.equal(r3.tables.appeals?.reconsideration.upheld, 0);
    assert.ok(performance.now() - started < 10000, `took ${performance.now() - started} ms`);
  });
});
