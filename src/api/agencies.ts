// /api/v1/agencies: the agencies the caller may read, and the staff of one.
import { staffActor } from '../auth/actor.ts';
import { z } from 'zod';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { findAgencyByCode, findPublicAgencyById, listAgencies } from '../agencies/store.ts';

import { notFound } from '../errors.ts';
import { addUser } from '../staff/add-user.ts';
import { NewUser } from '../staff/form.ts';
import { listStaff } from '../staff/list-staff.ts';
import { findUser } from '../staff/store.ts';
import { AgencyJson, presentAgency, presentUser, UserJson } from './present.ts';
import { defineRoute } from './registry.ts';

const CodeParams = z.object({ code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }) });

export const agencyRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/me',
    tag: '账号',
    auth: 'staff',
    summary: '当前用户、所属机关和角色',
    response: z.object({
      username: z.string(),
      displayName: z.string(),
      agency: z.string(),
      roles: z.array(z.string()),
    }),
    async handler(ctx) {
      const a = staffActor(ctx.actor);
      return { username: a.username, displayName: a.displayName, agency: a.agencyCode, roles: a.roles };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies',
    tag: '机关',
    auth: 'staff',
    summary: '可查看的机关（本机关；监督人员含全部下级）',
    response: z.object({ agencies: z.array(AgencyJson) }),
    async handler(ctx) {
      const list = await listAgencies(ctx.db, ctx.scope);
      const codes = new Map(list.map((a) => [a.id, a.code]));
      return { agencies: list.map((a) => presentAgency(a, (id) => codes.get(id))) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}',
    tag: '机关',
    auth: 'staff',
    summary: '一个机关',
    params: CodeParams,
    response: AgencyJson,
    async handler(ctx, { params }) {
      const agency = await findAgencyByCode(ctx.db, ctx.scope, params.code);
      if (!agency) throw notFound('机关');
      const parent = agency.parentId ? await findPublicAgencyById(ctx.db, agency.parentId) : undefined; // names and codes are public
      return presentAgency(agency, () => parent?.code);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/users',
    tag: '人员',
    auth: 'staff',
    summary: '机关的工作人员（本机关管理员或上级监督人员可查看）',
    params: CodeParams,
    response: z.object({ users: z.array(UserJson) }),
    async handler(ctx, { params }) {
      const { users } = await listStaff(ctx, params.code);
      return { users: users.map((u) => presentUser(u, ctx.now)) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/users',
    tag: '人员',
    auth: 'staff',
    summary: '添加工作人员（本机关管理员）',
    params: CodeParams,
    body: NewUser.strict(),
    status: 201,
    response: UserJson,
    twinOf: ['POST /admin/users'],
    async handler(ctx, { params, body }) {
      const { id } = await addUser(ctx, params.code, body);
      const user = await findUser(ctx.db, ctx.scope, id);
      if (!user) throw notFound('用户');
      return presentUser(user, ctx.now);
    },
  }),
];
