// The optional charts as geometry (bars, axis, labels), drawn by charts-svg.ts as SVG and by chart-png.ts as the
// bitmap fallback Word asks for beside an SVG picture. The outcome mix is horizontal bars, the months are columns.
import type { Charts } from '../document.ts';

export type ChartText = { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; size: number };
export type ChartLayout = {
  /** Used in element ids. */
  id: 'outcomes' | 'monthly';
  title: string;
  /** Every figure of the chart in words, for screen readers and alt text. */
  desc: string;
  width: number;
  height: number;
  rects: { x: number; y: number; w: number; h: number }[];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
  texts: ChartText[];
  /** Set when every figure is zero: the sentence that replaces the chart (bars of nothing say nothing). */
  allZero?: string;
};

const allZero = (values: readonly number[], what: string, title: string) =>
  values.every((v) => v === 0) ? { allZero: `本年度${what}均为零，不作“${title}”图。` } : {};

const W = 640;

export function outcomeMixLayout(data: Charts['outcomeMix']): ChartLayout {
  const max = Math.max(1, ...data.map((d) => d.value));
  const [labelW, rowH, top] = [120, 30, 8];
  const barMax = W - labelW - 60;
  const layout: ChartLayout = {
    id: 'outcomes',
    title: '申请办理结果构成',
    desc: data.map((d) => `${d.label}${d.value}件`).join('，'),
    width: W,
    height: top * 2 + data.length * rowH,
    rects: [],
    lines: [],
    texts: [],
    ...allZero(
      data.map((d) => d.value),
      '各类办理结果',
      '申请办理结果构成',
    ),
  };
  data.forEach((d, i) => {
    const y = top + i * rowH;
    const w = Math.round((d.value / max) * barMax);
    layout.texts.push(
      { x: labelW - 8, y: y + 19, text: d.label, anchor: 'end', size: 14 },
      { x: labelW + w + 6, y: y + 19, text: String(d.value), anchor: 'start', size: 14 },
    );
    layout.rects.push({ x: labelW, y: y + 4, w, h: rowH - 10 });
  });
  return layout;
}

export function monthlyPublicationsLayout(data: Charts['monthlyPublications']): ChartLayout {
  const max = Math.max(1, ...data.map((d) => d.count));
  const [height, base, top, left] = [240, 210, 24, 20];
  const colW = (W - left * 2) / Math.max(1, data.length);
  const layout: ChartLayout = {
    id: 'monthly',
    title: '各月主动公开信息条数',
    desc: data.map((d) => `${d.month}月${d.count}条`).join('，'),
    width: W,
    height,
    rects: [],
    lines: [{ x1: left, y1: base, x2: W - left, y2: base }],
    texts: [],
    ...allZero(
      data.map((d) => d.count),
      '各月主动公开信息条数',
      '各月主动公开信息条数',
    ),
  };
  data.forEach((d, i) => {
    const h = Math.round((d.count / max) * (base - top - 16));
    const x = left + i * colW;
    const mid = Number((x + colW / 2).toFixed(1));
    layout.rects.push({ x: Number((x + colW * 0.15).toFixed(1)), y: base - h, w: Number((colW * 0.7).toFixed(1)), h });
    layout.texts.push(
      { x: mid, y: base - h - 4, text: String(d.count), anchor: 'middle', size: 12 },
      { x: mid, y: base + 18, text: `${d.month}月`, anchor: 'middle', size: 12 },
    );
  });
  return layout;
}
