// Masking of personal data for lists, exports, logs and the audit log: 身份证号, 手机号, 银行卡号, email.
// Masking keeps enough to recognise a value (first and last characters), never enough to use it.

const ID_CARD = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const BANK_CARD = /(?<!\d)(\d{4})\d{8,11}(\d{4})(?!\d)/g;
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

export function maskText(text: string): string {
  return text
    .replace(ID_CARD, '$1********$2')
    .replace(BANK_CARD, '$1********$2')
    .replace(MOBILE, '$1****$2')
    .replace(EMAIL, '$1***@$2');
}

/** Masks every string inside a JSON-like value. */
export function maskValue<T>(value: T): T {
  if (typeof value === 'string') return maskText(value) as T;
  if (Array.isArray(value)) return value.map(maskValue) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v)])) as T;
  }
  return value;
}

/** A name shown in a list: 张三 → 张*, 欧阳小明 → 欧阳**. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/** A value with no fixed pattern (passport number, address): the first `keep` characters, the rest hidden. */
export function maskTail(value: string, keep = 4): string {
  const chars = [...value];
  return chars.length <= keep
    ? '*'.repeat(chars.length)
    : chars.slice(0, keep).join('') + '*'.repeat(Math.min(8, chars.length - keep));
}

/** A contact of any shape (phone, e-mail, a messenger id): its recognised pattern masked, else all but the start. */
export function maskContact(value: string): string {
  const masked = maskText(value);
  return masked !== value ? masked : maskTail(value, 3);
}
