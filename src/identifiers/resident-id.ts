// 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, and a check character over the
// first 17 (ISO 7064 MOD 11-2; 'X' stands for 10).
import { parseDate } from '../calendar/dates.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11];
}

/** 'ok', or why not, for a Chinese field message. */
export function checkResidentId(raw: string): 'ok' | 'format' | 'birth' | 'check' {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (parseDate(birth) === undefined || birth < '1900-01-01') return 'birth';
  return residentIdCheckChar(id.slice(0, 17)) === id[17] ? 'ok' : 'check';
}
