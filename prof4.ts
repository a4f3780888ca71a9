import { renderText } from './src/report/render/text.ts';
import { sampleReport } from './src/report/sample.ts';
import { normalizeText } from './src/report/parse/normalize.ts';
import { tokenize } from './src/report/parse/tokens.ts';
import { collectRows } from './src/report/parse/rows.ts';
import { APPLICATION_SPECS } from './src/report/parse/labels.ts';
import { readingsOf } from './src/report/parse/readings.ts';
import { solveTable } from './src/report/parse/solve.ts';
const SHAPE = { cells: 7, group: 7, allowed: (v: readonly (number | null)[]) => v.every((x) => x === null || (x >= 0 && Number.isInteger(x))), dropCost: (c: number) => [3, 1, 1, 1, 1, 1, 2][c]! };
for (const shape of ['tab', 'glued'] as const) {
  const texts = Array.from({ length: 100 }, (_, i) => normalizeText(renderText(sampleReport({ seed: i + 1, max: 40 }), shape)).text);
  const regions = texts.map((t) => [t, t.indexOf('三、收到'), t.indexOf('四、政府信息公开行政')] as const);
  const toks = regions.map(([t, a, b]) => tokenize(t, a, b));
  const rows = toks.map((tk) => collectRows(tk, APPLICATION_SPECS));
  const reads = rows.map((rs) => rs.map((r) => ({ key: r.key, readings: readingsOf(r.items, SHAPE as never).readings })));
  const time = (label: string, f: (i: number) => unknown) => { for (let i = 0; i < 100; i++) f(i); const t0 = performance.now(); for (let k = 0; k < 5; k++) for (let i = 0; i < 100; i++) f(i); console.log(shape, label.padEnd(14), ((performance.now() - t0) / 500).toFixed(3), 'ms'); };
  time('tokenize', (i) => tokenize(...regions[i]!));
  time('collectRows', (i) => collectRows(toks[i]!, APPLICATION_SPECS));
  time('readings', (i) => rows[i]!.map((r) => readingsOf(r.items, SHAPE as never)));
  time('solve', (i) => solveTable(reads[i]!));
  console.log('readings per row', reads.reduce((n, r) => n + r.reduce((m, x) => m + x.readings.length, 0), 0) / 100);
}
{
  const texts = Array.from({ length: 20 }, (_, i) => normalizeText(renderText(sampleReport({ seed: i + 1, max: 40 }), 'glued')).text);
  const hist = new Map<string, number>();
  for (const t of texts) for (const r of collectRows(tokenize(t, t.indexOf('三、收到'), t.indexOf('四、政府信息公开行政')), APPLICATION_SPECS)) {
    const rs = readingsOf(r.items, SHAPE as never).readings;
    const k = `${rs.length > 5 ? 'many' : rs.length} ${rs.map((x) => x.how)[0]} items=${r.items.length}`;
    hist.set(k, (hist.get(k) ?? 0) + 1);
    if (rs.length > 5 && hist.get(k)! < 3) console.log(r.key, r.items.map((i: any) => i.raw ?? i.t).join(' '), rs.slice(0, 3).map((x) => x.cost + ':' + x.values.join(',')));
  }
  console.log(hist);
}
