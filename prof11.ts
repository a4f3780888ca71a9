import { readdirSync, readFileSync } from 'node:fs';
import { checkTextReport } from './src/report/parse/text.ts';
import { renderText } from './src/report/render/text.ts';
import { sampleReport } from './src/report/sample.ts';
const corpus: string[] = readdirSync('test/fixtures/reports').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('test/fixtures/reports/' + f, 'utf8'));
const shapes = ['tab', 'pipe', 'lines', 'glued'] as const;
for (let seed = 1; seed <= 200; seed++) corpus.push(renderText(sampleReport({ seed, format: seed % 3 === 0 ? '2019' : '2021', max: seed % 4 === 0 ? 9 : 40 }), shapes[seed % 4]!));
for (const t of corpus) checkTextReport(t);
const t0 = performance.now(); while (performance.now() - t0 < 8000) for (const t of corpus) checkTextReport(t);
