// The letters a case can produce, with their titles: one table, read by the portal, the back office and the generator.
export const LETTER_KINDS = [
  'reply',
  'correction',
  'extension',
  'consultation',
  'consultation_notice',
  'fee',
  'not_processed',
  'reasons_request',
  'delayed_reply',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_TITLES = {
  reply: '政府信息公开申请答复告知书',
  correction: '政府信息公开申请补正告知书',
  extension: '延长答复期限告知书',
  consultation: '征求意见函',
  consultation_notice: '征求意见告知书',
  fee: '信息处理费收费通知',
  not_processed: '不予处理告知书',
  reasons_request: '说明理由通知书',
  delayed_reply: '延迟答复告知书',
} as const satisfies Record<LetterKind, string>;
