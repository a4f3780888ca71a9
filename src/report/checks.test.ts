import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRollup, checkSeries } from './checks-cross.ts';
import { RULES, runChecks } from './checks.ts';
import type { CheckContext, Report } from './model.ts';
import { sampleReport } from '../../test/support/report-sample.ts';

type Row = Record<'natural' | 'commercial' | 'research' | 'social' | 'legal' | 'otherOrg' | 'total', number | null>;
type Apps = Record<'received' | 'carriedIn' | 'carriedOut' | 'total' | 'disclosed' | 'notProcessed.duplicate', Row> &
  Record<string, Row>;
type Num = Record<string, number>;
const apps = (r: Report) => r.tables.applications as unknown as Apps;
const clean = (over: Partial<Parameters<typeof sampleReport>[0]> = {}) => {
  const r = sampleReport({ seed: 9, name: '东和乡', ...over });
  r.agency.level = 'township';
  return r;
};
const PROSE =
  '东和乡2023年政府信息公开工作年度报告\n本报告所列数据统计期限为2023年1月1日至12月31日。我乡全年主动公开政府信息50条。';
const fired = (r: Report, ctx: CheckContext = { prose: PROSE }) => runChecks(r, ctx);
const only = (r: Report, rule: string, ctx?: CheckContext) => fired(r, ctx).filter((f) => f.rule === rule);

describe('the rule engine: every rule is silent on a consistent report', () => {
  test('a consistent 2021-format report of 2023 has no findings at all', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = clean({ seed });
      const prev = clean({ seed: seed + 100, year: 2022 });
      apps(prev).carriedOut = { ...apps(r).carriedIn };
      for (const row of ['regulations', 'normativeDocuments'] as const) {
        const p = r.tables.proactive?.[row] as Record<'inForce' | 'issued' | 'repealed', number>;
        (prev.tables.proactive?.[row] as Num).inForce = p.inForce - p.issued + p.repealed;
      }
      assert.deepEqual(fired(r, { prose: PROSE, previous: prev }), [], `seed ${seed}`);
    }
  });

  test('the rule table lists every rule of report-schema.md, with its severity and a 说明', () => {
    const ids: readonly string[] = RULES.map((r) => r.id);
    for (const id of [
      'T3.BALANCE',
      'T3.ROW_TOTAL',
      'T3.RESULT_TOTAL',
      'T4.TOTAL',
      'T2.INFORCE',
      'T2.REGULATION_LEVEL',
      'CROSS_YEAR.CARRY',
      'FORMAT.OUTDATED',
      'FORMAT.MIXED',
      'NARRATIVE.MISMATCH',
      'IDENTITY.SELF_REFERENCE',
      'YEAR.MISMATCH',
      'VALUE.INVALID',
      'PARSE.MISSING_TABLE',
      'PARSE.BLANK_CELL',
    ])
      assert.ok(ids.includes(id), id);
    for (const r of RULES) assert.ok(r.说明.length > 4);
  });
});

describe('the rule engine: every rule fires on a crafted violation, naming the cell', () => {
  test('T3.BALANCE: 一 + 二 ≠ （七）总计 + 四 in a column', () => {
    const r = clean();
    apps(r).carriedOut.natural = (apps(r).carriedOut.natural as number) + 1;
    apps(r).carriedOut.total = (apps(r).carriedOut.total as number) + 1;
    const f = only(r, 'T3.BALANCE');
    assert.deepEqual(
      f.map((x) => x.column),
      ['natural', 'total'],
    );
    assert.match(f[0]?.message ?? '', /自然人.*第一项加第二项之和/);
    assert.equal(f[0]?.severity, 'error');
  });

  test('T3.ROW_TOTAL: a row whose 总计 is not the sum of its columns', () => {
    const r = clean();
    apps(r)['notProcessed.duplicate'].total = 999;
    const f = only(r, 'T3.ROW_TOTAL');
    assert.equal(f.length, 1);
    assert.match(f[0]?.message ?? '', /重复申请.*999/);
  });

  test('T3.RESULT_TOTAL: （七）总计 is not the sum of the result rows', () => {
    const r = clean();
    apps(r).disclosed.research = (apps(r).disclosed.research as number) + 2;
    apps(r).disclosed.total = (apps(r).disclosed.total as number) + 2;
    assert.deepEqual(
      only(r, 'T3.RESULT_TOTAL').map((x) => [x.column, x.expected, x.actual]),
      [
        ['research', (apps(r).total.research as number) + 2, apps(r).total.research],
        ['total', (apps(r).total.total as number) + 2, apps(r).total.total],
      ],
    );
  });

  test('T4.TOTAL: a group whose 总计 is not the sum of its results', () => {
    const r = clean();
    (r.tables.appeals as NonNullable<Report['tables']['appeals']>).litigationDirect.pending = 7;
    const f = only(r, 'T4.TOTAL');
    assert.equal(f[0]?.row, 'litigationDirect');
  });

  test("T2.INFORCE and CROSS_YEAR.CARRY need last year's report, and fire against it", () => {
    const r = clean();
    const prev = clean({ seed: 50, year: 2022 });
    apps(prev).carriedOut = { ...apps(r).carriedIn, legal: (apps(r).carriedIn.legal as number) + 1 };
    (prev.tables.proactive?.normativeDocuments as Record<string, number>).inForce = 500;
    assert.deepEqual(only(r, 'CROSS_YEAR.CARRY'), []);
    assert.deepEqual(
      only(r, 'CROSS_YEAR.CARRY', { prose: PROSE, previous: prev }).map((f) => f.column),
      ['legal'],
    );
    assert.deepEqual(
      only(r, 'T2.INFORCE', { prose: PROSE, previous: prev }).map((f) => f.row),
      ['normativeDocuments'],
    );
    const notLastYear = clean({ seed: 50, year: 2020 });
    assert.deepEqual(only(r, 'CROSS_YEAR.CARRY', { previous: notLastYear }), []);
  });

  test('checkSeries pairs a batch by agency and year', () => {
    const a = clean({ year: 2023 });
    const b = clean({ seed: 51, year: 2022 });
    apps(b).carriedOut.total = 1234;
    const other = clean({ seed: 52, year: 2022, name: '西和乡' });
    const out = checkSeries([a, b, other]);
    assert.ok(out.get(a)?.some((f) => f.rule === 'CROSS_YEAR.CARRY' && f.column === 'total' && f.expected === 1234));
    assert.equal(out.has(b), false, 'no 2021 report in the batch for 2022');
    assert.equal(out.has(other), false, 'another agency is not paired');
  });

  test('T2.REGULATION_LEVEL: 规章 at a township, not at a city; a county department counts as county level', () => {
    const r = clean();
    (r.tables.proactive?.regulations as Record<string, number>).issued = 1;
    assert.equal(only(r, 'T2.REGULATION_LEVEL').length, 1);
    r.agency = { name: '示例市人民政府', level: 'city' };
    assert.equal(only(r, 'T2.REGULATION_LEVEL').length, 0);
    r.agency = { name: '示例县市场监督管理局', level: 'department' };
    assert.equal(only(r, 'T2.REGULATION_LEVEL').length, 1);
    r.agency = { name: '示例市教育局', level: 'department' };
    assert.equal(only(r, 'T2.REGULATION_LEVEL').length, 0);
  });

  test('FORMAT.OUTDATED and FORMAT.MIXED', () => {
    const old = clean({ format: '2019' });
    assert.equal(only(old, 'FORMAT.OUTDATED').length, 1);
    assert.equal(only(clean({ format: '2019', year: 2020 }), 'FORMAT.OUTDATED').length, 0);
    old.format = 'mixed';
    assert.equal(only(old, 'FORMAT.MIXED').length, 1);
  });

  test('NARRATIVE.MISMATCH: applications, 复议 and 诉讼 in the prose against the tables', () => {
    const r = clean();
    r.narrative.applicationsReceived = (apps(r).received.total as number) + 5;
    r.narrative.reconsiderations = 99;
    r.narrative.lawsuits = 98;
    assert.deepEqual(
      only(r, 'NARRATIVE.MISMATCH').map((f) => f.row),
      ['received', 'reconsideration', 'litigationDirect'],
    );
  });

  test('IDENTITY.SELF_REFERENCE: a 乡 writing 我镇, a 镇 writing 全乡, a 街道 writing 本镇; 乡镇 as a word is fine', () => {
    assert.equal(only(clean(), 'IDENTITY.SELF_REFERENCE', { prose: '确保我镇政府信息公开工作正常运行。' }).length, 1);
    assert.equal(only(clean(), 'IDENTITY.SELF_REFERENCE', { prose: '我乡指导全乡镇村干部。' }).length, 0);
    const town = clean({ name: '示例镇人民政府' });
    assert.equal(only(town, 'IDENTITY.SELF_REFERENCE', { prose: '全乡共公开信息。' }).length, 1);
    const street = clean({ name: '示例街道办事处' });
    street.agency.level = 'street';
    assert.equal(only(street, 'IDENTITY.SELF_REFERENCE', { prose: '本镇将继续加强。' }).length, 1);
  });

  test('YEAR.MISMATCH: the text reports on another year', () => {
    const f = only(clean(), 'YEAR.MISMATCH', { prose: '所列数据统计期限为2022年1月1日至2022年12月31日。' });
    assert.deepEqual([f[0]?.expected, f[0]?.actual], [2023, 2022]);
    assert.equal(only(clean(), 'YEAR.MISMATCH', { prose: '与2022年相比增加。2024年，我乡将继续努力。' }).length, 0);
  });

  test('VALUE.INVALID: a negative count and a fraction where a count belongs; 本年增/减 and amounts may be', () => {
    const r = clean();
    apps(r).disclosed.natural = -1;
    apps(r).disclosed.legal = 1.5;
    assert.deepEqual(
      only(r, 'VALUE.INVALID').map((f) => f.column),
      ['natural', 'legal'],
    );
    const old = clean({ format: '2019', year: 2020 });
    (old.tables.proactive?.licensing as Record<string, number>).change = -3;
    (old.tables.proactive?.procurement as Record<string, number>).amount = 12.5;
    assert.deepEqual(only(old, 'VALUE.INVALID'), []);
  });

  test('PARSE.MISSING_TABLE and PARSE.BLANK_CELL', () => {
    const r = clean();
    r.tables.appeals = null;
    apps(r).received.social = null;
    assert.deepEqual(
      only(r, 'PARSE.MISSING_TABLE').map((f) => f.table),
      ['appeals'],
    );
    assert.deepEqual(
      only(r, 'PARSE.BLANK_CELL').map((f) => [f.row, f.column]),
      [['received', 'social']],
    );
  });

  test('ROLLUP.SUM: a parent against the sum of its children', () => {
    const kids = [clean({ seed: 1 }), clean({ seed: 2 })];
    const parent = clean({ seed: 3, name: '示例县人民政府' });
    for (const [row, cells] of Object.entries(apps(parent))) {
      for (const c of Object.keys(cells) as (keyof Row)[])
        cells[c] = kids.reduce((a, k) => a + (apps(k)[row]?.[c] as number), 0);
    }
    parent.tables.appeals = kids[0]?.tables.appeals ?? null;
    parent.tables.appeals = JSON.parse(JSON.stringify(kids[0]?.tables.appeals));
    for (const g of Object.values(parent.tables.appeals ?? {}))
      for (const c of Object.keys(g)) (g as Record<string, number>)[c] = 0;
    const tables = kids.map((k) => k.tables.appeals);
    for (const [gk, g] of Object.entries(parent.tables.appeals ?? {}))
      for (const c of Object.keys(g)) {
        (g as Record<string, number>)[c] = tables.reduce(
          (a, t) => a + ((t as Record<string, Record<string, number>>)[gk]?.[c] ?? 0),
          0,
        );
      }
    assert.deepEqual(checkRollup(parent, kids), []);
    apps(parent).received.natural = (apps(parent).received.natural as number) + 1;
    assert.deepEqual(
      checkRollup(parent, kids).map((f) => [f.row, f.column]),
      [['received', 'natural']],
    );
  });

  test('fingerprints are stable across runs and differ by cell and value', () => {
    const r = clean();
    apps(r).disclosed.total = 1000;
    const a = only(r, 'T3.ROW_TOTAL')[0]?.fingerprint;
    assert.equal(only(r, 'T3.ROW_TOTAL')[0]?.fingerprint, a);
    apps(r).disclosed.total = 1001;
    assert.notEqual(only(r, 'T3.ROW_TOTAL')[0]?.fingerprint, a);
    assert.match(a ?? '', /^[0-9a-f]{16}$/);
  });
});

describe('NARRATIVE.MISMATCH reads what a prose figure counts', () => {
  const withProse = (prose: string) => {
    const r = clean();
    const a = apps(r);
    return {
      r,
      prose,
      received: a.received.total as number,
      carried: a.carriedIn.total as number,
      total: a.total.total as number,
    };
  };
  test('"收到申请N件" is 本年新收: the carried-over cases added in make a mismatch unless the sentence says so', () => {
    const c = withProse('');
    const n = c.received + c.carried;
    assert.notEqual(c.carried, 0);
    const fired = (prose: string) =>
      runChecks({ ...c.r, narrative: { ...c.r.narrative, applicationsReceived: n } }, { prose }).some(
        (f) => f.rule === 'NARRATIVE.MISMATCH',
      );
    assert.ok(fired(`全年共收到政府信息公开申请${n}件，均已按期答复。`));
    assert.ok(!fired(`全年共收到政府信息公开申请${n}件（含上年结转${c.carried}件）。`));
  });
  test('"共办理申请N件" may count the carried-over or the handled cases', () => {
    const c = withProse('');
    const fired = (n: number) =>
      runChecks(
        { ...c.r, narrative: { ...c.r.narrative, applicationsReceived: n } },
        { prose: `全年共办理政府信息公开申请${n}件。` },
      ).some((f) => f.rule === 'NARRATIVE.MISMATCH');
    assert.ok(!fired(c.received + c.carried));
    assert.ok(!fired(c.total));
    assert.ok(fired(c.total + 7));
  });
});
