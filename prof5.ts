import { splitOneGroup, splits } from './src/report/parse/split.ts';
import { readingsOf } from './src/report/parse/readings.ts';
const SHAPE = { cells: 7, group: 7, allowed: (v: readonly (number | null)[]) => v.every((x) => x === null || (x >= 0 && Number.isInteger(x))), dropCost: (c: number) => [3, 1, 1, 1, 1, 1, 2][c]! };
const runs = ['2053441952401721681324', '713000074', '12271315111391', '0000000', '3301720052', '21033233089'];
for (const d of runs) {
  const item = { t: 'num', raw: d, v: Number(d), at: 0, end: d.length, attached: true } as const;
  let n = 0; const t0 = performance.now();
  for (let k = 0; k < 2000; k++) splitOneGroup(d, 7, () => { n++; });
  const t1 = performance.now();
  for (let k = 0; k < 2000; k++) splits([item], 7, 7, () => { n++; });
  const t2 = performance.now();
  for (let k = 0; k < 2000; k++) readingsOf([item], SHAPE as never);
  const t3 = performance.now();
  console.log(d.padEnd(24), ((t1 - t0) / 2).toFixed(1), 'µs meet', ((t2 - t1) / 2).toFixed(1), 'µs dfs', ((t3 - t2) / 2).toFixed(1), 'µs readings');
}
