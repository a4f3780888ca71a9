// Line breaking for Chinese text drawn into a fixed width (PDF table cells, titles): lines break between words, never
// inside one ("（三）/不予/公开", not "（三/）不/予公开"), and by the 禁则 of Chinese typesetting: no closing
// punctuation (、，。）” …) at the start of a line, no opening one (（“《 …) at its end. Words come from jieba; a word
// wider than the line is cut between characters, still keeping its punctuation attached. Pure but for the segmenter.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

const CLOSING = /^[、，。．：；！？）】》〉」』”’%‰·…—,.:;!?)\]]+$/u;
const OPENING = /^[（【《〈「『“‘([]+$/u;
/** A list number like "1." or "（三）" leads the word after it only when the line has room; see units(). */
const ORDINAL = /^(?:\d+\.|（[一二三四五六七八九十\d]+）)$/u;

/** The text as unbreakable units: words with their punctuation attached (closing to the word before, opening to the next). */
export function units(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const token of segmenter().cut(text, false)) {
    if (OPENING.test(token)) {
      pending += token;
      continue;
    }
    if (CLOSING.test(token) && out.length > 0 && !pending) {
      out[out.length - 1] += token;
      continue;
    }
    out.push(pending + token);
    pending = '';
  }
  if (pending) out.push(pending);
  // "（" + "三" + "）" arrive as "（三" then "）": one unit "（三）". A list number "1." stays with the word after it.
  return out.flatMap((u, i) =>
    /^\d+\.$/.test(u) && i + 1 < out.length ? [] : [i > 0 && /^\d+\.$/.test(out[i - 1]!) ? out[i - 1] + u : u],
  );
}

/** Characters of a word as units that keep 禁则: closing punctuation stays with the character before it. */
function characters(word: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const ch of word) {
    if (OPENING.test(ch)) {
      pending += ch;
      continue;
    }
    if (CLOSING.test(ch) && out.length > 0 && !pending) {
      out[out.length - 1] += ch;
      continue;
    }
    out.push(pending + ch);
    pending = '';
  }
  if (pending) out.push(pending);
  return out;
}

/**
 * `text` broken into lines no wider than `width` as measured by `measure`, at word boundaries where a word fits a
 * line. Explicit line breaks in the text are kept. A unit that fits nowhere (one character in a very narrow cell)
 * gets a line of its own and may overflow it.
 */
export function breakLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const place = (unit: string) => {
      if (measure(line + unit) <= width || line === '') {
        line += unit;
        return;
      }
      lines.push(line);
      line = unit;
    };
    for (const unit of units(paragraph)) {
      if (measure(unit) <= width || ORDINAL.test(unit)) place(unit);
      else for (const ch of characters(unit)) place(ch);
    }
    lines.push(line);
  }
  return lines;
}
