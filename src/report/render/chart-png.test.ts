import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { chartPng } from './chart-png.ts';
import { outcomeMixLayout } from './charts-layout.ts';

/** The PNG's pixels back, from its single IDAT chunk (our encoder writes one, unfiltered). */
function decode(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  const at = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(at + 4, at + 4 + png.readUInt32BE(at - 4)));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (w * 3 + 1) + 1 + x * 3, y * (w * 3 + 1) + 4 + x * 3)];
  return { w, h, pixel };
}

test('the fallback bitmap is a valid PNG of the chart\'s size with the bars where the layout puts them', () => {
  const layout = outcomeMixLayout([{ label: '予以公开', value: 10 }, { label: '部分公开', value: 5 }, { label: '不予公开', value: 0 }]);
  const { w, h, pixel } = decode(chartPng(layout));
  assert.deepEqual([w, h], [layout.width, layout.height]);
  const [full, half] = layout.rects;
  assert.deepEqual(pixel(full!.x + 1, full!.y + 1), [0x2f, 0x5d, 0x8a]);
  assert.deepEqual(pixel(full!.x + full!.w - 1, full!.y + 1), [0x2f, 0x5d, 0x8a]);
  assert.deepEqual(pixel(half!.x + half!.w + 2, half!.y + 1), [255, 255, 255], 'the shorter bar ends where its value does');
  assert.ok(Math.abs(half!.w - full!.w / 2) <= 1);
});
