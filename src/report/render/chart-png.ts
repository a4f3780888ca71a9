// A chart's bars and axis as a PNG: the bitmap Word requires beside an SVG picture, for word processors that cannot
// show SVG. Text is left out (a bitmap font is not worth it for a fallback); the SVG carries the labels, and the
// picture's alt text states every figure. A minimal PNG encoder: 8-bit RGB, one zlib stream, CRC-32 per chunk.
import { deflateSync } from 'node:zlib';
import type { ChartLayout } from './charts-layout.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

export function chartPng(c: ChartLayout, colour = '#2f5d8a'): Buffer {
  const [w, h] = [Math.ceil(c.width), Math.ceil(c.height)];
  const stride = w * 3 + 1;
  const pixels = Buffer.alloc(stride * h, 0xff);
  for (let y = 0; y < h; y++) pixels[y * stride] = 0; // filter type "none" on every scanline
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: [number, number, number]) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) {
        const at = y * stride + 1 + x * 3;
        pixels[at] = r; pixels[at + 1] = g; pixels[at + 2] = b;
      }
    }
  };
  for (const r of c.rects) fill(r.x, r.y, r.x + r.w, r.y + r.h, rgb(colour));
  for (const l of c.lines) fill(Math.min(l.x1, l.x2), Math.min(l.y1, l.y2), Math.max(l.x1, l.x2) + 1, Math.max(l.y1, l.y2) + 1, [0x1f, 0x1f, 0x1f]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter choice, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
