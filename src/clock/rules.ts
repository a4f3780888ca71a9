// The statutory periods the deadline engine counts, each with the article it comes from. Data, not branches: the
// engine, the trace and the staff pages read the numbers and the citations from here. Article texts: domain.md §1, §4, §5.

export type PeriodUnit = 'working_days' | 'days' | 'months';
export type Period = {
  readonly length: number;
  readonly unit: PeriodUnit;
  readonly basis: string;
  readonly label: string;
};

export const PERIODS = {
  // 第三十三条第二款: "应当自收到申请之日起20个工作日内予以答复"
  reply: { length: 20, unit: 'working_days', basis: '条例第三十三条', label: '答复期限' },
  // 第三十三条第二款: "需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日"
  extension: { length: 20, unit: 'working_days', basis: '条例第三十三条第二款', label: '延长答复期限（最长）' },
  // 第三十条: "自收到申请之日起7个工作日内一次性告知申请人作出补正"
  correctionNotice: { length: 7, unit: 'working_days', basis: '条例第三十条', label: '一次性告知补正' },
  // 第三十二条: "第三方应当自收到征求意见书之日起15个工作日内提出意见"
  thirdPartyAnswer: { length: 15, unit: 'working_days', basis: '条例第三十二条', label: '第三方提出意见' },
  // 第三十四条: "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见"
  agencyAnswer: { length: 15, unit: 'working_days', basis: '条例第三十四条', label: '被征求意见机关提出意见' },
  // 信息处理费: "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请" — verified in the
  // Sichuan implementing notice; the national 办法's own wording is UNVERIFIED (domain.md §4).
  feePayment: { length: 20, unit: 'working_days', basis: '政府信息公开信息处理费管理办法', label: '缴纳信息处理费' },
  // 第二十六条: "应当自该政府信息形成或者变更之日起20个工作日内及时公开"
  publication: { length: 20, unit: 'working_days', basis: '条例第二十六条', label: '主动公开' },
  // 行政复议法第二十条: "自知道或者应当知道该行政行为之日起六十日内提出行政复议申请"
  reconsideration: { length: 60, unit: 'days', basis: '行政复议法第二十条', label: '申请行政复议' },
  // 行政诉讼法第四十五条: "在收到复议决定书之日起十五日内向人民法院提起诉讼"
  litigationAfterReconsideration: {
    length: 15,
    unit: 'days',
    basis: '行政诉讼法第四十五条',
    label: '复议后提起行政诉讼',
  },
  // 行政诉讼法第四十六条: "应当自知道或者应当知道作出行政行为之日起六个月内提出"
  litigationDirect: { length: 6, unit: 'months', basis: '行政诉讼法第四十六条', label: '直接提起行政诉讼' },
} as const satisfies Record<string, Period>;

/** Citations that are not periods. */
export const BASIS = {
  // 期间开始之日不计算在内: the count starts the day after receipt (domain.md §1.7, §9.3).
  counting: '期间开始之日不计算在内',
  // 第三十三条第三款: "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内"
  consultationExcluded: '条例第三十三条第三款',
  // 第三十条: "答复期限自行政机关收到补正的申请之日起计算"
  correctionRestart: '条例第三十条',
  // 第三十五条: "可以确定延迟答复的合理期限并告知申请人"
  delayedReply: '条例第三十五条',
  feeExcluded: '政府信息公开信息处理费管理办法',
  // 第四十九条: 部门 1月31日前, 县级以上地方人民政府 3月31日前
  annualReport: '条例第四十九条',
} as const;

// 第三十一条 (and 国办公开办函〔2015〕207号): which day counts as the day of receipt, by how the application came in.
export const CHANNELS = ['in_person', 'registered_mail', 'letter', 'online', 'fax'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RECEIPT_RULES = {
  in_person: { label: '当面提交', receivedIs: '提交之日', basis: '条例第三十一条第（一）项' },
  registered_mail: { label: '邮寄（需签收）', receivedIs: '行政机关签收之日', basis: '条例第三十一条第（二）项' },
  letter: { label: '平常信函', receivedIs: '与申请人确认之日', basis: '条例第三十一条第（二）项' },
  online: { label: '互联网渠道', receivedIs: '双方确认之日', basis: '条例第三十一条第（三）项' },
  fax: { label: '传真', receivedIs: '双方确认之日', basis: '条例第三十一条第（三）项' },
} as const satisfies Record<Channel, { label: string; receivedIs: string; basis: string }>;
