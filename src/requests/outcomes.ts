// The national outcome taxonomy of a 依申请公开 case: each outcome code ↔ 中文 label ↔ 表三 row (2021 format,
// report-schema.md) ↔ the article relied on (domain.md §2). A case closes with exactly one of these, so 表三 balances by
// construction. 区分处理 (第三十七条) counts only as 部分公开.

import { RESULT_GROUP_LABELS, type ResultRowKey2021 } from '../report/format.ts';

/** The 表三 row an outcome is counted in: a result row of the 2021 format (report/format.ts names them). */
export type ReportRow = ResultRowKey2021;

/** Outcome families: how the reply letter is worded and whether it is a refusal (行政复议前置, see letters). */
export type Family = 'disclosed' | 'partial' | 'withheld' | 'unavailable' | 'notProcessed' | 'other';

type OutcomeDef = {
  label: string;
  row: ReportRow;
  basis: string;
  family: Family /** chosen by a clerk at reply */;
  reply: boolean;
};

export const OUTCOMES = {
  // 第三十六条（一）: already proactively disclosed → tell where to get it (counted in the disclosed row, PRACTICE)
  already_public: {
    label: '已主动公开，告知获取方式和途径',
    row: 'disclosed',
    basis: '条例第三十六条第（一）项',
    family: 'disclosed',
    reply: true,
  },
  disclosed: {
    label: RESULT_GROUP_LABELS.disclosed as string,
    row: 'disclosed',
    basis: '条例第三十六条第（二）项',
    family: 'disclosed',
    reply: true,
  },
  partial: {
    label: '部分公开（区分处理）',
    row: 'partiallyDisclosed',
    basis: '条例第三十七条',
    family: 'partial',
    reply: true,
  },
  state_secret: {
    label: '不予公开：属于国家秘密',
    row: 'withheld.stateSecret',
    basis: '条例第十四条、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  prohibited_by_law: {
    label: '不予公开：其他法律行政法规禁止公开',
    row: 'withheld.prohibitedByLaw',
    basis: '条例第十四条、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  endangers_security: {
    label: '不予公开：危及“三安全一稳定”',
    row: 'withheld.endangersSecurity',
    basis: '条例第十四条、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  third_party_rights: {
    label: '不予公开：保护第三方合法权益',
    row: 'withheld.thirdPartyRights',
    basis: '条例第十五条、第三十二条、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  internal_affairs: {
    label: '不予公开：属于三类内部事务信息',
    row: 'withheld.internalAffairs',
    basis: '条例第十六条第一款、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  process_information: {
    label: '不予公开：属于四类过程性信息',
    row: 'withheld.processInformation',
    basis: '条例第十六条第二款、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  enforcement_file: {
    label: '不予公开：属于行政执法案卷',
    row: 'withheld.enforcementFile',
    basis: '条例第十六条第二款、第三十六条第（三）项',
    family: 'withheld',
    reply: true,
  },
  // 第三十六条（七）: 工商、不动产登记资料等 — the row mapping is UNVERIFIED (domain.md §2)
  administrative_query: {
    label: '不予公开：属于行政查询事项',
    row: 'withheld.administrativeQuery',
    basis: '条例第三十六条第（七）项',
    family: 'withheld',
    reply: true,
  },
  not_held: {
    label: '无法提供：本机关不掌握相关政府信息',
    row: 'unavailable.notHeld',
    basis: '条例第三十六条第（四）项',
    family: 'unavailable',
    reply: true,
  },
  not_this_agency: {
    label: '无法提供：不属于本机关负责公开',
    row: 'unavailable.notHeld',
    basis: '条例第三十六条第（五）项',
    family: 'unavailable',
    reply: true,
  },
  needs_creation: {
    label: '无法提供：没有现成信息需要另行制作',
    row: 'unavailable.needsCreation',
    basis: '条例第三十八条',
    family: 'unavailable',
    reply: true,
  },
  unclear_after_correction: {
    label: '无法提供：补正后申请内容仍不明确',
    row: 'unavailable.unclearAfterCorrection',
    basis: '条例第三十条',
    family: 'unavailable',
    reply: true,
  },
  petition: {
    label: '不予处理：信访举报投诉类申请',
    row: 'notProcessed.petition',
    basis: '条例第三十九条第一款',
    family: 'notProcessed',
    reply: true,
  },
  duplicate: {
    label: '不予处理：重复申请',
    row: 'notProcessed.duplicate',
    basis: '条例第三十六条第（六）项',
    family: 'notProcessed',
    reply: true,
  },
  publication: {
    label: '不予处理：要求提供公开出版物',
    row: 'notProcessed.publication',
    basis: '条例第三十九条第二款',
    family: 'notProcessed',
    reply: true,
  },
  excessive: {
    label: '不予处理：无正当理由大量反复申请',
    row: 'notProcessed.excessive',
    basis: '条例第三十五条',
    family: 'notProcessed',
    reply: true,
  },
  confirmation: {
    label: '不予处理：要求行政机关确认或重新出具已获取信息',
    row: 'notProcessed.confirmation',
    basis: '条例第三十六条',
    family: 'notProcessed',
    reply: true,
  },
  // Set by the lifecycle, never chosen at reply: 视为放弃 after an unanswered 补正 or an unpaid fee, and withdrawal.
  no_correction: {
    label: '申请人无正当理由逾期不补正，不再处理',
    row: 'other.noCorrection',
    basis: '条例第三十条',
    family: 'other',
    reply: false,
  },
  unpaid_fee: {
    label: '申请人逾期未缴纳信息处理费，不再处理',
    row: 'other.unpaidFee',
    basis: '政府信息公开信息处理费管理办法',
    family: 'other',
    reply: false,
  },
  withdrawn: { label: '申请人撤回申请', row: 'other.other', basis: '申请人撤回', family: 'other', reply: false },
  other: { label: '其他处理', row: 'other.other', basis: '条例第三十六条', family: 'other', reply: true },
} as const satisfies Record<string, OutcomeDef>;

export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_CODES = Object.keys(OUTCOMES) as Outcome[];
export const REPLY_OUTCOMES = OUTCOME_CODES.filter((o) => OUTCOMES[o].reply);

export function isOutcome(value: string): value is Outcome {
  return Object.hasOwn(OUTCOMES, value);
}

/** 行政复议法第二十三条第一款第（四）项: against 不予公开 (wholly, or the withheld part of 区分处理) 行政复议 comes first. */
export function isRefusal(o: Outcome): boolean {
  const f = OUTCOMES[o].family;
  return f === 'withheld' || f === 'partial';
}
