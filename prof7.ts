import { readFileSync } from 'node:fs';
import { normalizeText } from './src/report/parse/normalize.ts';
import { tokenize } from './src/report/parse/tokens.ts';
import { collectRows } from './src/report/parse/rows.ts';
import { APPLICATION_SPECS } from './src/report/parse/labels.ts';
import { readingsOf } from './src/report/parse/readings.ts';
import { solveTable } from './src/report/parse/solve.ts';
import { parseApplications } from './src/report/parse/applications.ts';
import { parseProactive } from './src/report/parse/proactive.ts';
const t = normalizeText(readFileSync(process.argv[2]!, 'utf8')).text;
const SHAPE = { cells: 7, group: 7, allowed: (v: readonly (number | null)[]) => v.every((x) => x === null || (x >= 0 && Number.isInteger(x))), dropCost: (c: number) => [3, 1, 1, 1, 1, 1, 2][c]! };
const a = t.search(/三、收到和处理/), b = t.search(/四、政府信息公开行政/);
let t0 = performance.now();
const rows = collectRows(tokenize(t, a, b), APPLICATION_SPECS);
console.log('rows', (performance.now() - t0).toFixed(2)); t0 = performance.now();
const reads = rows.map((r) => ({ key: r.key, readings: readingsOf(r.items, SHAPE as never).readings }));
console.log('readings', (performance.now() - t0).toFixed(2), reads.map((r) => r.readings.length).join(','));
t0 = performance.now(); solveTable(reads); console.log('solve', (performance.now() - t0).toFixed(2));
t0 = performance.now(); parseApplications(t, a, b, '2021'); console.log('apps', (performance.now() - t0).toFixed(2));
t0 = performance.now(); parseProactive(t, t.search(/二、主动公开/), a); console.log('proactive', (performance.now() - t0).toFixed(2));
for (let k = 0; k < 3; k++) {
  let t1 = performance.now(); for (let j = 0; j < 20; j++) collectRows(tokenize(t, a, b), APPLICATION_SPECS); const r1 = (performance.now() - t1) / 20;
  t1 = performance.now(); for (let j = 0; j < 20; j++) rows.map((r) => readingsOf(r.items, SHAPE as never)); const r2 = (performance.now() - t1) / 20;
  t1 = performance.now(); for (let j = 0; j < 20; j++) solveTable(reads); const r3 = (performance.now() - t1) / 20;
  console.log('warm rows', r1.toFixed(2), 'readings', r2.toFixed(2), 'solve', r3.toFixed(2));
}
