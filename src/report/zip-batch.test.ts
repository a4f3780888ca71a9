import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeZip } from '../../test/zip.ts';
import { expandZip, isZipArchive } from './zip-batch.ts';

describe('expandZip', async () => {
  test('stored and deflated entries come out whole; folders and macOS litter are skipped', async () => {
    const z = await expandZip(
      makeZip([
        { name: 'a/报告.txt', data: '甲乡报告' },
        { name: 'b.txt', data: 'bbb', store: true },
        { name: 'a/', data: '' },
        { name: '__MACOSX/._b.txt', data: 'x' },
      ]),
    );
    assert.ok(z.ok);
    assert.deepEqual(
      z.entries.map((e) => ('bytes' in e ? [e.name, e.bytes.toString()] : [e.name, e.error])),
      [
        ['a/报告.txt', '甲乡报告'],
        ['b.txt', 'bbb'],
      ],
    );
  });

  test('GBK entry names written by Chinese Windows (no UTF-8 flag) are decoded', async () => {
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
    const z = await expandZip(makeZip([{ name: '', nameBytes: gbk, flags: 0, data: '内容' }]));
    assert.ok(z.ok);
    assert.equal(z.entries[0]!.name, '报告.txt');
  });

  test('a zip bomb is refused whether it claims its real size or lies about it', async () => {
    const honest = await expandZip(makeZip([{ name: 'a.txt', data: Buffer.alloc(70 * 1024 * 1024, 0x20) }]));
    const lying = await expandZip(
      makeZip([{ name: 'a.txt', data: Buffer.alloc(40 * 1024 * 1024, 0x20), claimSize: 10 }]),
    );
    for (const z of [honest, lying]) assert.ok(!z.ok && /疑似压缩炸弹/.test(z.error));
  });

  test('a broken archive is refused with a Chinese reason; an encrypted entry is listed, not fatal', async () => {
    const z = await expandZip(Buffer.from('504b0304deadbeef', 'hex'));
    assert.ok(!z.ok && /ZIP 压缩包已损坏/.test(z.error));
    const r = await expandZip(
      makeZip([
        { name: 'secret.txt', data: 'x', flags: 0x801 },
        { name: 'ok.txt', data: 'y' },
      ]),
    );
    assert.ok(r.ok);
    assert.match('error' in r.entries[0]! ? r.entries[0].error : '', /文件已加密/);
    assert.ok('bytes' in r.entries[1]!);
  });

  test('a Word document is not taken for an archive of reports; any other zip is', async () => {
    assert.equal(
      await isZipArchive(
        makeZip([
          { name: '[Content_Types].xml', data: '<x/>' },
          { name: 'word/document.xml', data: '<w/>' },
        ]),
      ),
      false,
    );
    assert.equal(await isZipArchive(makeZip([{ name: 'a.txt', data: 'a' }])), true);
    assert.equal(await isZipArchive(Buffer.from('hello')), false);
  });
});
