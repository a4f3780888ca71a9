// Path parameters and flash messages shared by the back-office routes.
import { notFound } from '../errors.ts';
import { isRowId } from '../input.ts';

/** A numeric id from the URL; anything else is simply "not found". */
export function idParam(value: string, what = '记录'): number {
  if (!isRowId(value)) throw notFound(what);
  return Number(value);
}

/** Flash messages after POST-redirect-GET, chosen by key so no text is reflected from the URL. */
export const FLASH = {
  created: '已创建。',
  saved: '已保存。',
  unlocked: '账号已解锁。',
  'password-change': '已要求其下次登录时修改密码。',
  disabled: '账号已停用，其登录会话已结束。',
  enabled: '账号已启用。',
  revoked: '令牌已撤销。',
  password: '密码已修改，请使用新密码重新登录。',
} as const;

export function flashOf(key: unknown): string | undefined {
  return typeof key === 'string' && key in FLASH ? FLASH[key as keyof typeof FLASH] : undefined;
}
