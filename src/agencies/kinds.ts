// The levels of the agency tree and their Chinese names (the only place these labels live).

// `vertical`: a body of a system under vertical leadership (行政复议法第二十七条: 海关、金融、外汇管理、税务、国家安全机关
// …), whose 复议 goes to the 上一级主管部门 rather than to a local government: its parent in the tree is that body.
export const AGENCY_KINDS = ['province', 'city', 'county', 'township', 'street', 'department', 'vertical'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS = {
  province: '省级人民政府',
  city: '市级人民政府',
  county: '县级人民政府',
  township: '乡镇人民政府',
  street: '街道办事处',
  department: '政府部门',
  vertical: '垂直管理部门（海关、金融、外汇管理、税务、国家安全机关等）',
} as const satisfies Record<AgencyKind, string>;

/** Words accepted in an import file for each kind. */
const KIND_WORDS: Record<string, AgencyKind> = {
  ...Object.fromEntries(AGENCY_KINDS.map((k) => [k, k])),
  省: 'province',
  省级: 'province',
  市: 'city',
  市级: 'city',
  县: 'county',
  区: 'county',
  县级: 'county',
  乡: 'township',
  镇: 'township',
  乡镇: 'township',
  街道: 'street',
  部门: 'department',
  垂直: 'vertical',
  垂管: 'vertical',
  垂直管理部门: 'vertical',
  ...Object.fromEntries(Object.entries(AGENCY_KIND_LABELS).map(([k, v]) => [v, k as AgencyKind])),
};

export function parseAgencyKind(word: string): AgencyKind | undefined {
  return KIND_WORDS[word.trim()];
}

/** URL words the portal and back office use for themselves: no agency may take them as its code. */
export const RESERVED_CODES = new Set([
  'admin',
  'api',
  'login',
  'logout',
  'assets',
  'healthz',
  'static',
  'favicon.ico',
  'robots.txt',
]);
export const AGENCY_CODE = /^[a-z][a-z0-9-]{1,31}$/;
