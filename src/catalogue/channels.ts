// 第二十三条 channels a township uses besides its website: the WeChat account (an article as HTML to paste into the
// editor), the village bulletin board (a printable A4 notice) and the village broadcast (a text to read out). Pure,
// except the PDF, which is rendered by documents/pdf.ts.
import type { PdfBlock } from '../documents/pdf.ts';
import { html, type Html } from '../html/html.ts';
import type { Entry } from './entry.ts';

export const CHANNELS = ['wechat', 'board', 'broadcast'] as const;
export type ChannelKind = (typeof CHANNELS)[number];
export const CHANNEL_LABELS = {
  wechat: '政务微信公众号',
  board: '村务公开栏',
  broadcast: '村广播',
} as const satisfies Record<ChannelKind, string>;

const paragraphs = (body: string) =>
  body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A WeChat-ready article: inline styles only (the WeChat editor drops stylesheets), no scripts, no external images. */
export function wechatArticle(e: Entry, agencyName: string): Html {
  const p = 'margin:0 0 1em;line-height:1.75;text-indent:2em;font-size:16px;';
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e.title}</title></head><body>
<section><h1 style="font-size:20px;text-align:center;">${e.title}</h1>
${e.docNo ? html`<p style="text-align:center;color:#666;">${e.docNo}</p>` : null}
${paragraphs(e.body).map((x) => html`<p style="${p}">${x}</p>`)}
<p style="text-align:right;">${e.publisher}</p><p style="text-align:right;">${e.publishedOn}</p>
<p style="color:#888;font-size:13px;">索引号：${e.indexNo}　来源：${agencyName}政府信息公开</p></section></body></html>`;
}

export function boardNotice(e: Entry): PdfBlock[] {
  return [
    { text: e.title, size: 20, align: 'center', gapAfter: 0.5 },
    ...(e.docNo ? [{ text: e.docNo, size: 12, align: 'center' as const, gapAfter: 1 }] : []),
    ...paragraphs(e.body).map((text) => ({ text: `　　${text}`, size: 14, gapAfter: 0.3 })),
    { text: e.publisher, size: 14, align: 'right', gapAfter: 0 },
    { text: e.publishedOn ?? '', size: 14, align: 'right', gapAfter: 1 },
    { text: `索引号：${e.indexNo}`, size: 10 },
  ];
}

/** Read twice, as village broadcasts are: title, body, who published it. */
export function broadcastText(e: Entry): string {
  const once = [
    `各位村民请注意，现在播送${e.publisher}的《${e.title}》。`,
    ...paragraphs(e.body),
    `以上是${e.publisher}${e.publishedOn ?? ''}发布的信息。`,
  ].join('\n');
  return `${once}\n\n（重播一遍）\n\n${once}\n`;
}
