import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { chartPng } from './chart-png.ts';
import { outcomeMixLayout } from './charts-layout.ts';

/** The PNG's pixels back, read by pngjs's decoder (which also checks the signature and every chunk's CRC). */
function decode(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const image = PNG.sync.read(png);
  const { width: w, height: h } = image;
  const pixel = (x: number, y: number) => [...image.data.subarray((y * w + x) * 4, (y * w + x) * 4 + 3)];
  return { w, h, pixel };
}

test("the fallback bitmap is a valid PNG of the chart's size with the bars where the layout puts them", () => {
  const layout = outcomeMixLayout([
    { label: '予以公开', value: 10 },
    { label: '部分公开', value: 5 },
    { label: '不予公开', value: 0 },
  ]);
  const { w, h, pixel } = decode(chartPng(layout));
  assert.deepEqual([w, h], [layout.width, layout.height]);
  const [full, half] = layout.rects;
  assert.deepEqual(pixel(full!.x + 1, full!.y + 1), [0x2f, 0x5d, 0x8a]);
  assert.deepEqual(pixel(full!.x + full!.w - 1, full!.y + 1), [0x2f, 0x5d, 0x8a]);
  assert.deepEqual(
    pixel(half!.x + half!.w + 2, half!.y + 1),
    [255, 255, 255],
    'the shorter bar ends where its value does',
  );
  assert.ok(Math.abs(half!.w - full!.w / 2) <= 1);
});
