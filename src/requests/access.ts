// 申请编号 (public) and 查询码 (secret, shown on the receipt): a keyed hash of the 查询码 is what look-ups compare with.
// The 查询码 is random; a retry of the same form (same nonce, same content) is shown the same one again from its sealed
// copy (submit.ts), so knowing a form's nonce never yields anyone's 查询码.
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '../auth/secrets.ts';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
const CODE_LENGTH = 10;

/** Uniform over the alphabet: bytes past the last whole multiple of its length are drawn again (no modulo bias). */
function randomCode(): string {
  const limit = 256 - (256 % ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const b of randomBytes(CODE_LENGTH * 2))
      if (b < limit && code.length < CODE_LENGTH) code += ALPHABET[b % ALPHABET.length];
  }
  return code;
}

export function accessCode(): string {
  return randomCode();
}

/** A keyed hash of what was submitted (canonical JSON), so a retry is told from another application under the same nonce. */
export function submissionFingerprint(secret: string, canonicalContent: string): string {
  return createHmac('sha256', secret).update(`submission:${canonicalContent}`).digest('hex');
}

export function accessHash(secret: string, number: string, code: string): string {
  return createHmac('sha256', secret).update(`access:${number}:${code.trim().toUpperCase()}`).digest('hex');
}

export function accessMatches(secret: string, number: string, code: string, stored: string): boolean {
  return safeEqual(accessHash(secret, number, code), stored);
}

/** A day's serials: room for a province's busiest day many times over; past it, applications are refused, not looped. */
export const MAX_NUMBERS_A_DAY = 999_999;

/** 申请编号: YS + the receipt date + the day's serial, 4 digits and more past 9999, e.g. YS202611290417. */
export function requestNumber(receivedOn: string, serial: number): string {
  return `${numberPrefix(receivedOn)}${String(serial).padStart(4, '0')}`;
}

export const numberPrefix = (receivedOn: string) => `YS${receivedOn.replaceAll('-', '')}`;

export const NUMBER_PATTERN = /^YS\d{12,14}$/;
export const CODE_PATTERN = /^[A-Za-z0-9]{10}$/;
