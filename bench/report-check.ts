// Text reports checked per second on one core, next to a floor measured in the same run: decoding the same bytes
// and splitting them into lines (what any reader of these files must do at least).
// Run: node --import tsx bench/report-check.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { checkTextReport } from '../src/report/parse/text.ts';
import { decodeReport } from '../src/report/read-file.ts';
import { renderText, type TextShape } from '../src/report/render/text.ts';
import { sampleReport } from '../test/support/report-sample.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/reports');
const REAL = path.join(FIXTURES, 'real');
const corpus: Buffer[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(FIXTURES, f))),
  ...readdirSync(REAL)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(REAL, f))), // real pages: one-line, glued
];
const shapes: TextShape[] = ['tab', 'pipe', 'lines', 'glued'];
for (let seed = 1; seed <= 200; seed++) {
  const format = seed % 3 === 0 ? '2019' : '2021';
  corpus.push(
    Buffer.from(
      renderText(sampleReport({ seed, format, max: seed % 4 === 0 ? 9 : 40 }), shapes[seed % 4] as TextShape),
    ),
  );
}
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reports per second of wall time, and per second of this process's CPU time (what a busy machine does not distort). */
function rate(label: string, work: (b: Buffer) => unknown, seconds = 2): number {
  for (const b of corpus) work(b); // warm up
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < seconds * 1000)
    for (const b of corpus) {
      work(b);
      n++;
    }
  const perSecond = n / ((performance.now() - start) / 1000);
  const cpu = process.cpuUsage(cpu0);
  const perCpuSecond = n / ((cpu.user + cpu.system) / 1e6);
  console.log(
    `${label.padEnd(36)} ${perSecond.toFixed(0).padStart(9)} 份/秒（按 CPU 时间 ${perCpuSecond.toFixed(0)} 份/秒）`,
  );
  return perSecond;
}

console.log(
  `语料：${corpus.length} 份文本报告（参考报告、4 个样例、11 份真实报告及其变体、四种形态的生成报告，其中 1/4 为数字粘连），单核`,
);
const floor = rate('下限：解码并按行切分', (b) => decoder.decode(b).split('\n').length);
const check = rate('report check：解析 + 全部规则', (b) => checkTextReport(decoder.decode(b)));
console.log(`比值：下限 / 检查 = ${(floor / check).toFixed(1)}；目标 ≥ 300 份/秒：${check >= 300 ? '达到' : '未达到'}`);
// By shape, so a slow shape is visible rather than averaged away.
const all = corpus.splice(0, corpus.length);
for (const shape of shapes) {
  corpus.push(
    ...Array.from({ length: 40 }, (_, i) =>
      Buffer.from(renderText(sampleReport({ seed: 1000 + i, max: i % 2 ? 40 : 9 }), shape)),
    ),
  );
  rate(`  仅 ${shape} 形态`, (b) => checkTextReport(decoder.decode(b)), 1);
  corpus.splice(0, corpus.length);
}
corpus.push(...all);

// PDFs per second: the same reports drawn as PDFs (cells at their column positions), read and checked.
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
if (existsSync(FONT)) {
  const pdfs: Buffer[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    const doc = new PDFDocument({ size: 'A4', margin: 30 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.font(FONT, 'NotoSansCJKsc-Regular').fontSize(6);
    let y = 30;
    for (const line of renderText(sampleReport({ seed }), 'tab').split('\n')) {
      line
        .split('\t')
        .forEach((c, i) =>
          doc.text(c, i === 0 ? 30 : 200 + (i - 1) * 24, y, { lineBreak: false, width: i === 0 ? 165 : 22 }),
        );
      y += 9;
      if (y > 800) {
        doc.addPage();
        y = 30;
      }
    }
    doc.end();
    await new Promise((resolve) => doc.on('end', resolve));
    pdfs.push(Buffer.concat(chunks));
  }
  await decodeReport(pdfs[0] as Buffer);
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 3000)
    for (const b of pdfs) {
      const r = await decodeReport(b);
      if (r.ok) checkTextReport(r.text);
      n++;
    }
  console.log(
    `${'PDF：提取文字 + 解析 + 全部规则'.padEnd(36)} ${(n / ((performance.now() - start) / 1000)).toFixed(0).padStart(9)} 份/秒`,
  );
} else console.log('未安装 fonts-noto-cjk，跳过 PDF 测速');
