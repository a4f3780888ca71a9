// The pre-publication scanner: finds personal data and secret marks in text (domain.md §10, 个人信息保护法第二十五条;
// "涉密不上网、上网不涉密"). Pure. Checksums keep random digit strings from being flagged: 18-digit 居民身份证号码 by the
// GB 11643-1999 check character, bank cards by Luhn.

export const FINDING_KINDS = [
  'id_card',
  'mobile',
  'landline',
  'bank_card',
  'email',
  'address',
  'secret_mark',
  'unreadable',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_LABELS = {
  id_card: '居民身份证号码',
  mobile: '手机号码',
  landline: '固定电话号码',
  bank_card: '银行卡号',
  email: '电子邮箱',
  address: '家庭住址（门牌号）',
  secret_mark: '密级或内部标识',
  unreadable: '附件无法读取文字，无法审查',
} as const satisfies Record<FindingKind, string>;

export type Finding = { kind: FindingKind; start: number; end: number; text: string };

// GB 11643-1999: weights 2^(17-i) mod 11, check character table.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export function isValidIdCard(id: string): boolean {
  if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX]$/i.test(id)) return false;
  return idCheckChar(id.slice(0, 17)) === id[17]!.toUpperCase();
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

type Rule = { kind: FindingKind; re: RegExp; valid?: (m: string) => boolean };

// Order matters: an ID number is not also reported as a bank card or a phone number (overlaps are dropped).
const RULES: Rule[] = [
  { kind: 'id_card', re: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, valid: isValidIdCard },
  // Chinese bank cards: 16–19 digits, Luhn-valid, starting with a card-scheme digit (银联 62, Visa 4, Master 5, 3).
  { kind: 'bank_card', re: /(?<!\d)[3-6]\d{15,18}(?!\d)/g, valid: luhnValid },
  {
    kind: 'bank_card',
    re: /(?<!\d)[3-6]\d{3}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)/g,
    valid: (m) => luhnValid(m.replace(/\D/g, '')),
  },
  { kind: 'mobile', re: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g },
  // 区号 0 + 2–3 digits, then 7–8 digits: 010-12345678, (0371)6543210, 0755 8888 6666.
  { kind: 'landline', re: /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[ -])\d{3,4}[ -]?\d{4}(?!\d)/g },
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // 门牌号: a place followed by a number and 号 (… 路/街/巷/村/组 12号, …号楼…室).
  {
    kind: 'address',
    re: /[\u4e00-\u9fff][\u4e00-\u9fff\d]{0,16}(?:路|街|巷|道|村|组|社区|小区|弄)\s*\d{1,5}\s*号(?:\s*\d{1,4}\s*(?:栋|幢|号楼|单元|室))*/g,
  },
  // "涉密" marks a document, but not inside the principle "涉密不上网、上网不涉密" that every annual report quotes.
  {
    kind: 'secret_mark',
    re: /(?:绝密|机密|秘密)\s*★|★\s*(?:绝密|机密|秘密)|内部资料|内部文件|不得外传|注意保密|严禁外传|内部使用|(?<!上网不)涉密(?!不上网)/g,
  },
];

/** Every finding in `text`, in order of position; overlapping matches of a later rule are dropped. */
export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index,
        end = start + m[0].length;
      if (overlaps(start, end) || (rule.valid && !rule.valid(m[0]))) continue;
      taken.push([start, end]);
      out.push({ kind: rule.kind, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The masked form of a finding: ID numbers hide the birth date (digits 7–14), numbers keep their ends, marks go. */
export function maskFinding(f: Pick<Finding, 'kind' | 'text'>): string {
  const t = f.text;
  switch (f.kind) {
    case 'id_card':
      return `${t.slice(0, 6)}********${t.slice(14)}`;
    case 'mobile':
    case 'landline':
    case 'bank_card': {
      const digits = t.replace(/\D/g, '');
      return `${digits.slice(0, 3)}${'*'.repeat(Math.max(digits.length - 7, 4))}${digits.slice(-4)}`;
    }
    case 'email':
      return `${t[0]}***@${t.split('@')[1]}`;
    case 'address':
      return t.replace(/\d+/g, '**');
    case 'secret_mark':
      return '';
    case 'unreadable':
      return t;
  }
}

/** `text` with the given findings replaced by their masked forms. */
export function maskAll(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + maskFinding(f);
    at = f.end;
  }
  return out + text.slice(at);
}
