// The text blocks of the annual report that only people know (how information is managed, what went wrong, what is
// new). Everything else is written from the data (narrative.ts). A block still holding its 【待填写】 prompt blocks
// publishing (rule TEXT.PLACEHOLDER), so no report goes out with a prompt in it.

export const TEXT_BLOCKS = [
  { key: 'overview', label: '一、总体情况：开头综述', hint: '本年度贯彻落实《条例》的总体情况' },
  { key: 'management', label: '一（三）政府信息管理情况', hint: '发布审核、保密审查、栏目监测等制度的执行' },
  { key: 'platform', label: '一（四）平台建设情况（补充说明）', hint: '网站、新媒体、线下渠道建设的其他情况' },
  { key: 'mechanism', label: '一（五）1. 机制建设情况', hint: '工作机构、人员、制度' },
  { key: 'assessment', label: '一（五）3. 工作考核情况（补充说明）', hint: '考核方式及结果运用' },
  { key: 'socialReview', label: '一（五）5. 社会评议情况（补充说明）', hint: '征集和处理公众意见的方式' },
  { key: 'problems', label: '五、存在的主要问题及改进情况', hint: '本年度存在的主要问题及下一步改进措施' },
  { key: 'keyPoints', label: '六（二）落实上级年度政务公开工作要点情况', hint: '上级年度工作要点的落实情况' },
  { key: 'proposals', label: '六（三）人大代表建议和政协提案办理结果公开情况', hint: '办理及公开件数；没有则写明“无”' },
  { key: 'innovation', label: '六（四）年度政务公开工作创新情况', hint: '本年度的创新做法；没有则写明“无”' },
] as const;

export type TextKey = (typeof TEXT_BLOCKS)[number]['key'];
export type ReportTexts = Record<TextKey, string>;

export const PLACEHOLDER = '【待填写：';
export const MAX_TEXT_LENGTH = 5000;

export function defaultTexts(): ReportTexts {
  return Object.fromEntries(TEXT_BLOCKS.map((b) => [b.key, `${PLACEHOLDER}${b.hint}】`])) as ReportTexts;
}

/** Stored texts over the defaults: a block never saved keeps its prompt. */
export function textsFrom(stored: Partial<Record<string, unknown>>): ReportTexts {
  const out = defaultTexts();
  for (const b of TEXT_BLOCKS) {
    const v = stored[b.key];
    if (typeof v === 'string' && v.trim()) out[b.key] = v.trim();
  }
  return out;
}

export const unfilled = (texts: ReportTexts): TextKey[] =>
  TEXT_BLOCKS.filter((b) => texts[b.key].includes(PLACEHOLDER)).map((b) => b.key);
