// Staff e-mail addresses through the API (where reminders are mailed): one's own, or a colleague's by the agency's
// administrator, as on 我的账号 and the user page. Blank removes it.
import { z } from 'zod';
import { authorize, can } from '../auth/authorize.ts';
import { asStaff } from '../context.ts';
import { StaffEmail } from '../staff/form.ts';
import { setStaffEmail } from '../staff/set-email.ts';
import { defineRoute } from './registry.ts';

const Saved = z.object({ email: z.string().nullable() });

export const staffEmailRoutes = [
  defineRoute({
    method: 'PUT',
    path: '/api/v1/account/email',
    tag: '账号',
    auth: 'staff',
    summary: '设置本人的电子邮箱（办理期限和栏目更新提醒发到此邮箱；空字符串表示删除）',
    body: StaffEmail,
    response: Saved,
    twinOf: ['POST /admin/account/email'],
    bodyParsedByHandler: true,
    handler: (ctx, _input, req) => setStaffEmail(ctx, asStaff(ctx).actor.userId, req.body),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/v1/users/{id}/email',
    tag: '账号',
    auth: 'staff',
    summary: '管理员设置本机关工作人员的电子邮箱（空字符串表示删除；记入审计日志）',
    params: z.object({
      id: z.coerce
        .number({ error: '用户编号应为正整数' })
        .int({ error: '用户编号应为正整数' })
        .positive({ error: '用户编号应为正整数' })
        .max(2147483647, { error: '用户编号应为正整数' }),
    }),
    body: StaffEmail,
    bodyParsedByHandler: true,
    response: Saved,
    twinOf: ['POST /admin/users/:id/email'],
    async handler(ctx, { params }, req) {
      authorize(can(ctx.actor, 'user.manage')); // one's own address is set at /api/v1/account/email
      return setStaffEmail(ctx, params.id, req.body); // the account in scope, then the body
    },
  }),
];
