// Inputs for staff accounts, with Chinese messages that say what to do.
import { z } from 'zod';
import { isRole, ROLES, type Role } from '../auth/roles.ts';

export const Password = z
  .string({ error: '请填写密码' })
  .min(10, { error: '密码至少 10 位，建议使用一句容易记住的话' })
  .max(200, { error: '密码不能超过 200 位' });

export const Roles = z
  .union([z.string(), z.array(z.string())], { error: '请至少选择一个角色' })
  .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))])
  .refine((v) => v.length > 0, { error: '请至少选择一个角色' })
  .refine((v) => v.every(isRole), { error: `角色须为 ${ROLES.join('、')} 之一` })
  .transform((v) => v as Role[]);

/** A staff member's e-mail address for their reminders; blank means none (reminders then go to the outbox folder). */
const EmailField = z
  .string({ error: '请填写电子邮箱' })
  .trim()
  .max(200, { error: '电子邮箱不超过 200 个字符' })
  .refine((v) => v === '' || /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(v), {
    error: '请填写正确的电子邮箱，如 li@donghe.gov.cn；留空表示不接收提醒邮件',
  })
  .transform((v) => v || null);
export const StaffEmail = z.object({ email: EmailField });

export const NewUser = z.object({
  username: z
    .string({ error: '请填写登录名' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, { error: '登录名须为 3–32 位小写字母、数字、点、下划线或连字符' }),
  displayName: z
    .string({ error: '请填写姓名' })
    .trim()
    .min(1, { error: '请填写姓名' })
    .max(50, { error: '姓名不能超过 50 个字' }),
  password: Password,
  roles: Roles,
  email: EmailField.optional(),
});
export type NewUserInput = z.infer<typeof NewUser>;

export const ChangePassword = z
  .object({
    current: z.string({ error: '请填写当前密码' }).min(1, { error: '请填写当前密码' }),
    next: Password,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { error: '两次输入的新密码不一致', path: ['confirm'] });
