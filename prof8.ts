import { readFileSync } from 'node:fs';
import { readTextReport } from './src/report/parse/text.ts';
import { runChecks } from './src/report/checks.ts';
import { RULES } from './src/report/checks.ts';
const raw = readFileSync(process.argv[2]!, 'utf8');
for (let k = 0; k < 5; k++) readTextReport(raw);
let t0 = performance.now(); for (let k = 0; k < 10; k++) readTextReport(raw); console.log('read', ((performance.now() - t0) / 10).toFixed(2));
const r = readTextReport(raw);
for (const rule of RULES) { t0 = performance.now(); for (let k = 0; k < 10; k++) rule.check(r.report, { prose: r.prose, locate: r.locate }); const ms = (performance.now() - t0) / 10; if (ms > 0.2) console.log(rule.id, ms.toFixed(2)); }
