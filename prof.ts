import { readdirSync, readFileSync } from 'node:fs';
import { checkTextReport } from './src/report/parse/text.ts';
import { renderText } from './src/report/render/text.ts';
import { sampleReport } from './src/report/sample.ts';
const corpus: string[] = [];
for (let seed = 1; seed <= 200; seed++) corpus.push(renderText(sampleReport({ seed, format: seed % 3 === 0 ? '2019' : '2021', max: seed % 4 === 0 ? 9 : 40 }), (['tab', 'pipe', 'lines', 'glued'] as const)[seed % 4]!));
for (const f of readdirSync('test/fixtures/reports/real')) if (f.endsWith('.txt')) corpus.push(readFileSync('test/fixtures/reports/real/' + f, 'utf8'));
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 5000) for (const t of corpus) { checkTextReport(t); n++; }
console.log((n / ((performance.now() - t0) / 1000)).toFixed(0), '/s');
