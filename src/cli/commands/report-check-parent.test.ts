// `report check --parent FILE`: a parent's report against the sum of the other reports of its year.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { runCommand } from '../../../test/cli.ts';
import type { Report } from '../../report/model.ts';
import { renderText } from '../../report/render/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-report-parent-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, r: Report) => {
  const p = path.join(dir, name);
  writeFileSync(p, renderText(r, 'tab'));
  return p;
};
const run = (argv: string[]) => runCommand({}, ['report', 'check', ...argv]);

/** The county's consolidated report: every 表三 and 表四 cell the sum of its townships'. */
function consolidated(children: readonly Report[], name: string): Report {
  const parent = structuredClone(children[0]!);
  parent.agency = { name, level: 'county' };
  for (const table of ['applications', 'appeals'] as const) {
    const p = parent.tables[table] as Record<string, Record<string, number | null>>;
    for (const [row, cells] of Object.entries(p))
      for (const col of Object.keys(cells)) {
        cells[col] = children.reduce(
          (sum, c) => sum + ((c.tables[table] as Record<string, Record<string, number | null>>)[row]?.[col] ?? 0),
          0,
        );
      }
  }
  return parent;
}

describe('gongkai report check --parent', () => {
  const a = sampleReport({ seed: 31, name: '甲乡人民政府', year: 2023 });
  const b = sampleReport({ seed: 32, name: '乙镇人民政府', year: 2023 });
  const lastYear = sampleReport({ seed: 33, name: '丙乡人民政府', year: 2022 });

  test('a parent equal to the sum of its children of the same year: no ROLLUP.SUM (other years are left out of the sum)', async () => {
    const county = file('county-ok.txt', consolidated([a, b], '示例县人民政府'));
    const r = await run(['--json', '--parent', county, file('a.txt', a), file('b.txt', b), file('c.txt', lastYear)]);
    const [parent, ...children] = JSON.parse(r.out) as Report[];
    assert.equal(parent!.agency.name, '示例县人民政府');
    assert.deepEqual(
      parent!.findings.filter((f) => f.rule === 'ROLLUP.SUM'),
      [],
    );
    for (const c of children) assert.ok(!c.findings.some((f) => f.rule === 'ROLLUP.SUM'));
  });

  test("a parent whose cell differs from the children's sum gets a ROLLUP.SUM warning naming the cell", async () => {
    const wrong = consolidated([a, b], '示例县人民政府');
    const received = wrong.tables.applications!.received!;
    received.natural = (received.natural ?? 0) + 2;
    received.total = (received.total ?? 0) + 2;
    const r = await run(['--parent', file('county-bad.txt', wrong), file('a.txt', a), file('b.txt', b)]);
    assert.match(r.out, /ROLLUP\.SUM/);
    assert.match(r.out, /表三「[^」]*本年新收[^」]*」行「自然人」列为 \d+，下级 2 份报告之和为 \d+/);
    const json = JSON.parse(
      (await run(['--json', '--parent', file('county-bad.txt', wrong), file('a.txt', a), file('b.txt', b)])).out,
    ) as Report[];
    const rollup = json[0]!.findings.filter((f) => f.rule === 'ROLLUP.SUM');
    assert.deepEqual(
      rollup.map((f) => [f.row, f.column, f.severity]),
      [
        ['received', 'natural', 'warning'],
        ['received', 'total', 'warning'],
      ],
    );
  });

  test('--parent without a file, or with no children, is a usage error in Chinese; --help documents it', async () => {
    const none = await run(['--parent']);
    assert.equal(none.code, 2);
    assert.match(none.err, /--parent 后面要跟上级机关报告的文件/);
    const alone = await run(['--parent', file('a.txt', a)]);
    assert.equal(alone.code, 2);
    assert.match(alone.err, /还要给出下级机关的报告/);
    const help = await run(['--help']);
    assert.match(help.out, /report check FILE\.\.\. \[--parent FILE\]\.\.\. \[--json\]/);
    assert.match(help.out, /其余同年度报告（如各乡镇、部门）之和/);
  });
});
