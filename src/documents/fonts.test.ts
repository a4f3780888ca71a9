import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { missingGlyphs, packagedCjkFont, resolveCjkFont, SYSTEM_CJK_FONTS } from './fonts.ts';

const TEXT = '东和乡人民政府2023年政府信息公开工作年度报告：危及“三安全一稳定”（一）予以公开';

test('the CJK font shipped by the npm dependency is found and covers the report vocabulary', () => {
  const packaged = packagedCjkFont();
  assert.ok(packaged, 'the @embedpdf/fonts-sc package should be installed by npm ci');
  assert.deepEqual(missingGlyphs(packaged.regular, TEXT), []);
  assert.equal(resolveCjkFont(TEXT, [packaged]), packaged);
});

test('with no system font the packaged font is chosen (a fresh machine right after npm ci)', () => {
  const missingSystem = SYSTEM_CJK_FONTS.map((f) => ({ ...f, regular: { file: '/nonexistent/x.ttc', face: 'X' } }));
  assert.equal(resolveCjkFont(TEXT, [...missingSystem, packagedCjkFont()!]).name, packagedCjkFont()!.name);
});

test('no font at all is a Chinese error that says how to install one', () => {
  assert.throws(
    () =>
      resolveCjkFont(TEXT, [
        { name: 'x', regular: { file: '/nonexistent/a.otf' }, bold: { file: '/nonexistent/b.otf' } },
      ]),
    (e: unknown) => e instanceof DomainError && /npm ci/.test(e.message) && /fonts-noto-cjk/.test(e.message),
  );
});

test('a character no font can draw is refused by name instead of printing tofu', () => {
  // U+1F600 (an emoji) and U+E000 (private use) have no glyph in a CJK text face.
  assert.throws(
    () => resolveCjkFont(`${TEXT}\u{1F600}\uE000`, [packagedCjkFont()!]),
    (e: unknown) =>
      e instanceof DomainError && /U\+1F600/.test(e.message) && /U\+E000/.test(e.message) && /空白方框/.test(e.message),
  );
});

test('a heading face that is missing is dropped (headings fall back to bold), never a reason to fail', () => {
  const packaged = packagedCjkFont()!;
  const font = resolveCjkFont(TEXT, [{ ...packaged, heading: { file: '/nonexistent/sans.ttc', face: 'X' } }]);
  assert.equal(font.heading, undefined);
  assert.equal(font.regular.file, packaged.regular.file);
});

test('with Debian fonts-noto-cjk installed, the serif face is chosen, with the sans face for headings', {
  skip: missingGlyphs(SYSTEM_CJK_FONTS[0]!.regular, '中').length ? 'fonts-noto-cjk not installed' : false,
}, () => {
  const font = resolveCjkFont(TEXT);
  assert.equal(font.regular.face, 'NotoSerifCJKsc-Regular');
  assert.equal(font.heading?.face, 'NotoSansCJKsc-Regular');
});
