// The catalogue entry's standard metadata (《政府信息公开目录系统实施指引（试行）》, 条例第十二条) and the 索引号 rules. Pure.
// Every Chinese label of these vocabularies lives here and nowhere else.

/** 公开方式: 主动公开 / 依申请公开 / 不予公开 (the last with its reason, 条例第十四—十六条). */
export const DISCLOSURES = ['active', 'on_request', 'withheld'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];
export const DISCLOSURE_LABELS = {
  active: '主动公开',
  on_request: '依申请公开',
  withheld: '不予公开',
} as const satisfies Record<Disclosure, string>;

/** 有效性: 有效 / 失效 / 废止 (废止 carries its 废止日期). */
export const VALIDITIES = ['valid', 'expired', 'repealed'] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS = { valid: '有效', expired: '失效', repealed: '废止' } as const satisfies Record<
  Validity,
  string
>;

/** 体裁: the genres a township uses; 规章 and 行政规范性文件 feed the Article 20 register (表二). */
export const GENRES = ['rule', 'normative', 'notice', 'announcement', 'report', 'plan', 'news', 'other'] as const;
export type Genre = (typeof GENRES)[number];
export const GENRE_LABELS = {
  rule: '规章',
  normative: '行政规范性文件',
  notice: '通知',
  announcement: '公告公示',
  report: '报告',
  plan: '规划计划',
  news: '工作动态',
  other: '其他',
} as const satisfies Record<Genre, string>;

/** 主题分类 (a short list after the gov.cn 主题 scheme; extend as agencies need). */
export const TOPICS = [
  '综合政务',
  '国民经济管理',
  '财政金融',
  '城乡建设',
  '农业农村',
  '自然资源',
  '生态环境',
  '民政、扶贫、救灾',
  '劳动、人事、监察',
  '卫生健康',
  '教育',
  '文化旅游',
  '公安、安全、司法',
  '市场监管',
  '交通',
  '其他',
] as const;

// 索引号 = 前段码 "/" 后段码: 前段码 the 9-character 组织机构代码 (no "-"), 后段码 4-digit year "-" 5-digit serial.
// "是每条信息唯一不变的标识，一经生成不因发布机构变更而更改" (实施指引 一、). 20 characters in all.
export const INDEX_NO = /^[0-9A-Z]{9}\/\d{4}-\d{5}$/;
// Imported numbers come in many local shapes (domain.md §8.2): accept any printable code with a "/" or "-" that is
// not absurdly long, and keep it exactly as given.
export const LEGACY_INDEX_NO = /^[0-9A-Za-z_\-./]{6,60}$/;

/** The 9-character 前段码 of an agency: from a 统一社会信用代码 (its characters 9–17 are the 组织机构代码), a
 *  9-character 组织机构代码 (its "-" removed), or, when the agency has none yet, "Z" + its id. */
export function orgPrefix(orgCode: string | null, agencyId: number): string {
  const code = (orgCode ?? '').replace(/-/g, '').toUpperCase();
  if (code.length === 18) return code.slice(8, 17);
  if (/^[0-9A-Z]{9}$/.test(code)) return code;
  return `Z${String(agencyId).padStart(8, '0')}`;
}

export function formatIndexNo(prefix: string, year: number, serial: number): string {
  if (serial < 1 || serial > 99_999) throw new RangeError('索引号流水号超出 5 位');
  return `${prefix}/${String(year)}-${String(serial).padStart(5, '0')}`;
}

export function isIndexNo(text: string): boolean {
  return INDEX_NO.test(text) || LEGACY_INDEX_NO.test(text);
}
