// A letter laid out as a 公文 in the 信函格式 of GB/T 9704-2012 《党政机关公文格式》, the measures both renderers
// (letter-pdf.ts, letter-docx.ts) draw from: A4, 版心 156 mm × 225 mm (天头 37 mm, 订口 28 mm), 22 lines of 28
// characters of 3号 (16 pt) type, the 发文机关标志 in red 30 mm from the top edge over a red double line 4 mm below it,
// the 发文字号 at the right under that line, the title in 2号 小标宋, the 主送 flush left, the body indented two
// characters, the 署名 centred over the 成文日期 (右空四字) where the seal goes, and page numbers "— n —" in 4号 type
// 7 mm under the 版心 (odd pages right, even pages left, none on the first page of a 信函).
import { chineseDate } from '../calendar/dates.ts';
import type { LetterContent } from './letter.ts';

export const MM = 72 / 25.4;
export const PAGE = { width: 210 * MM, height: 297 * MM };
export const MARGIN = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
/** 版心: 156 mm × 225 mm. */
export const BLOCK = { width: 156 * MM, height: 225 * MM };
export const SIZE = { mark: 26, title: 22, body: 16, pageNumber: 14 } as const;
/** 22 lines to the 版心 height, 28 characters to its width. */
export const LINE_PITCH = BLOCK.height / 22;
export const CHAR_PITCH = BLOCK.width / 28;
export const RED = '#E60012';
/** 信函格式 10.1: the mark's top edge 30 mm from the page's; the red double lines 170 mm long. */
export const LETTER = { markTop: 30 * MM, ruleGap: 4 * MM, ruleLength: 170 * MM, bottomRule: 20 * MM } as const;

export type LetterLayout = {
  /** 发文机关标志 */
  mark: string;
  docNumber: string | null;
  title: string;
  /** 主送 with its full-width colon. */
  addressee: string | null;
  paragraphs: string[];
  /** 发文机关署名 and 成文日期 ("2026年3月10日", GB/T 9704 7.3.5: Arabic numerals, no leading zeros). */
  signature: string;
  date: string;
};

/** The layout of a stored letter, including those issued before the 主送 and 发文字号 were kept apart. */
export function letterLayout(l: LetterContent): LetterLayout {
  const lines = l.body.flatMap((p) => p.split('\n')).filter((p) => p.trim());
  // Older letters began with "张三：" as the body's first line.
  const legacy = !l.addressee && lines[0]?.endsWith('：') ? lines.shift()!.slice(0, -1) : null;
  const addressee = l.addressee ?? legacy;
  // "特此告知。" closes the letter, after the article relied on and the remedies.
  const closing = lines.at(-1) === '特此告知。' ? lines.pop()! : null;
  return {
    mark: l.agencyName,
    docNumber: l.docNumber ?? null,
    title: l.title,
    addressee: addressee ? `${addressee}：` : null,
    paragraphs: [
      ...lines,
      `法律依据：${l.basis}。`.replace(/。。$/, '。'),
      ...(l.remedies ? [`救济途径：${l.remedies}`] : []),
      ...(closing ? [closing] : []),
    ],
    signature: l.agencyName,
    date: chineseDate(l.issuedOn),
  };
}
