// A chart's bars and axis as a PNG: the bitmap Word requires beside an SVG picture, for word processors that cannot
// show SVG. Text is left out (a bitmap font is not worth it for a fallback); the SVG carries the labels, and the
// picture's alt text states every figure. Encoded by pngjs.
import { PNG } from 'pngjs';
import type { ChartLayout } from './charts-layout.ts';

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

export function chartPng(c: ChartLayout, colour = '#2f5d8a'): Buffer {
  const [w, h] = [Math.ceil(c.width), Math.ceil(c.height)];
  const png = new PNG({ width: w, height: h, colorType: 2, inputColorType: 6, inputHasAlpha: true });
  png.data.fill(0xff); // white, opaque
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) {
        const at = (y * w + x) * 4;
        png.data[at] = r;
        png.data[at + 1] = g;
        png.data[at + 2] = b;
      }
    }
  };
  for (const r of c.rects) fill(r.x, r.y, r.x + r.w, r.y + r.h, rgb(colour));
  for (const l of c.lines) {
    fill(
      Math.min(l.x1, l.x2),
      Math.min(l.y1, l.y2),
      Math.max(l.x1, l.x2) + 1,
      Math.max(l.y1, l.y2) + 1,
      [0x1f, 0x1f, 0x1f],
    );
  }
  return PNG.sync.write(png, { colorType: 2 });
}
