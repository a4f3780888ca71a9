// 申请编号 (public) and 查询码 (secret, shown once on the receipt): only a keyed hash of the 查询码 is stored. When the
// form carried a nonce, the 查询码 is derived from it, so a double submit of the same form shows the same receipt.
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '../auth/secrets.ts';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
const CODE_LENGTH = 10;

function toCode(bytes: Buffer): string {
  return [...bytes.subarray(0, CODE_LENGTH)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

export function accessCode(secret: string, nonce: string | undefined): string {
  return toCode(nonce ? createHmac('sha256', secret).update(`access-code:${nonce}`).digest() : randomBytes(CODE_LENGTH));
}

export function accessHash(secret: string, number: string, code: string): string {
  return createHmac('sha256', secret).update(`access:${number}:${code.trim().toUpperCase()}`).digest('hex');
}

export function accessMatches(secret: string, number: string, code: string, stored: string): boolean {
  return safeEqual(accessHash(secret, number, code), stored);
}

/** 申请编号: YS + the receipt date + 4 random digits, e.g. YS202611290417. */
export function requestNumber(receivedOn: string): string {
  return `YS${receivedOn.replaceAll('-', '')}${String(randomBytes(2).readUInt16BE() % 10000).padStart(4, '0')}`;
}

export const NUMBER_PATTERN = /^YS\d{12}$/;
export const CODE_PATTERN = /^[A-Za-z0-9]{10}$/;
