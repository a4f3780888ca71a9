// Which CJK font a PDF is drawn in. A system font when present (Debian's fonts-noto-cjk: a serif face, closest to the
// 宋体/仿宋 of official documents), else the Noto Sans font that the @embedpdf/fonts-sc npm package ships (OFL-1.1), so
// PDFs work right after `npm ci` on a machine with no fonts. Every character of the text must have a glyph in the
// chosen font: a missing glyph would print as an empty box (tofu), so it is an error that names the characters.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { DomainError } from '../errors.ts';

/** A font face: a file and, for a collection (.ttc), the face's PostScript name. */
export type FontFace = { file: string; face?: string };
/** `heading`: a sans face for 黑体-style headings, when the font family has one (else headings use `bold`). */
export type CjkFont = { name: string; regular: FontFace; bold: FontFace; heading?: FontFace };

const NOTO = '/usr/share/fonts/opentype/noto';
/** Debian / Ubuntu fonts-noto-cjk, the serif face first. */
export const SYSTEM_CJK_FONTS: readonly CjkFont[] = [
  {
    name: 'Noto Serif CJK SC（系统字体）',
    regular: { file: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
    bold: { file: `${NOTO}/NotoSerifCJK-Bold.ttc`, face: 'NotoSerifCJKsc-Bold' },
    heading: { file: `${NOTO}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
  },
  {
    name: 'Noto Sans CJK SC（系统字体）',
    regular: { file: `${NOTO}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
    bold: { file: `${NOTO}/NotoSansCJK-Bold.ttc`, face: 'NotoSansCJKsc-Bold' },
  },
];

/** The font shipped by the @embedpdf/fonts-sc package (a dependency), or null when node_modules lacks it. */
export function packagedCjkFont(): CjkFont | null {
  let dir: string;
  try {
    dir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  } catch {
    return null;
  }
  return {
    name: 'Noto Sans SC（@embedpdf/fonts-sc）',
    regular: { file: join(dir, 'NotoSansHans-Regular.otf') },
    bold: { file: join(dir, 'NotoSansHans-Bold.otf') },
  };
}

export const defaultCjkFonts = (): CjkFont[] => [
  ...SYSTEM_CJK_FONTS,
  ...[packagedCjkFont()].filter((f): f is CjkFont => f !== null),
];

const opened = new Map<string, fontkit.Font | null>();
function open(face: FontFace): fontkit.Font | null {
  const key = `${face.file}#${face.face ?? ''}`;
  if (!opened.has(key)) {
    let font: fontkit.Font | null = null;
    if (existsSync(face.file)) {
      try {
        const f = fontkit.openSync(face.file);
        font = 'fonts' in f ? (f.fonts.find((x) => x.postscriptName === face.face) ?? null) : f;
      } catch {
        font = null;
      }
    }
    opened.set(key, font);
  }
  return opened.get(key) ?? null;
}

/** Characters of `text` the face has no glyph for (whitespace and control characters need none). */
export function missingGlyphs(face: FontFace, text: string): string[] {
  const font = open(face);
  if (!font) return [...new Set(text)];
  const missing = new Set<string>();
  for (const ch of text) {
    if (/[\s\p{Cc}\p{Cf}]/u.test(ch)) continue;
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0) as number)) missing.add(ch);
  }
  return [...missing];
}

/**
 * The first font, in order, whose files exist and whose regular and bold faces have a glyph for every character of
 * the text. Throws a DomainError in Chinese saying how to fix it when there is none.
 */
export function resolveCjkFont(text: string, candidates: readonly CjkFont[] = defaultCjkFonts()): CjkFont {
  const present = candidates.filter((c) => open(c.regular) && open(c.bold));
  if (present.length === 0) {
    throw new DomainError(
      'conflict',
      '生成 PDF 需要中文字体，但本机没有找到：请运行 npm ci 安装依赖（含字体包 @embedpdf/fonts-sc），或由管理员安装系统字体 fonts-noto-cjk（Debian/Ubuntu：apt-get install fonts-noto-cjk）后重试。',
    );
  }
  let best: { font: CjkFont; missing: string[] } | null = null;
  for (const candidate of present) {
    // The heading face is a nicety: dropped when it is absent or lacks a character, never a reason to fail.
    const headingOk =
      !candidate.heading || (open(candidate.heading) && missingGlyphs(candidate.heading, text).length === 0);
    const font = headingOk ? candidate : { ...candidate, heading: undefined };
    const missing = [...new Set([...missingGlyphs(font.regular, text), ...missingGlyphs(font.bold, text)])];
    if (missing.length === 0) return font;
    if (!best || missing.length < best.missing.length) best = { font, missing };
  }
  const chars = best!.missing
    .slice(0, 20)
    .map((c) => `“${c}”（U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}）`)
    .join('、');
  throw new DomainError(
    'conflict',
    `以下字符在可用的中文字体中都没有字形，生成的 PDF 会显示为空白方框：${chars}。请改用常用字或通用写法，或安装覆盖这些字符的字体（如 fonts-noto-cjk）后重试。`,
  );
}
