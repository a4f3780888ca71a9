import { renderText } from './src/report/render/text.ts';
import { sampleReport } from './src/report/sample.ts';
import { normalizeText } from './src/report/parse/normalize.ts';
import { parseApplications } from './src/report/parse/applications.ts';
import { parseProactive } from './src/report/parse/proactive.ts';
import { parseAppeals } from './src/report/parse/appeals.ts';
import { readTextReport } from './src/report/parse/text.ts';
for (const shape of ['tab', 'glued'] as const) {
  const texts = Array.from({ length: 100 }, (_, i) => normalizeText(renderText(sampleReport({ seed: i + 1, max: 40 }), shape)).text);
  const time = (label: string, f: (t: string) => unknown) => { for (const t of texts) f(t); const t0 = performance.now(); for (let k = 0; k < 5; k++) for (const t of texts) f(t); console.log(shape, label.padEnd(14), ((performance.now() - t0) / (5 * texts.length)).toFixed(3), 'ms'); };
  time('proactive', (t) => parseProactive(t, t.indexOf('二、主动'), t.indexOf('三、收到')));
  time('applications', (t) => parseApplications(t, t.indexOf('三、收到'), t.indexOf('四、政府信息公开行政'), '2021'));
  time('appeals', (t) => parseAppeals(t, t.indexOf('四、政府信息公开行政'), t.indexOf('五、')));
  time('read', (t) => readTextReport(t));
}
