// Staff accounts of the administrator's own agency: add, change roles, unlock, disable.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { authorize, can } from '../../auth/authorize.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { addUser } from '../../staff/add-user.ts';
import { NewUser, Roles } from '../../staff/form.ts';
import { setStaffEmail } from '../../staff/set-email.ts';
import { changeRoles, requirePasswordChange, setUserDisabled, unlockUser } from '../../staff/manage-user.ts';
import { findUser, listUsers } from '../../staff/store.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { userListPage, userPage } from './views.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;

export function registerUsers(app: FastifyInstance, deps: AppDeps): void {
  const list = async (req: FastifyRequest, values?: Record<string, unknown>, err?: DomainError) => {
    const ctx = staffCtx(req, deps);
    authorize(can(ctx.actor, 'user.manage'));
    const users = await listUsers(ctx.db, ctx.writeScope, ctx.actor.agencyId);
    return userListPage(req.gk, {
      users,
      values,
      error: err,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
    });
  };

  app.get('/users', async (req, reply) => sendHtml(reply, await list(req)));

  app.post('/users', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    authorize(can(ctx.actor, 'user.manage'));
    try {
      const input = parseInput(NewUser, req.body);
      const { id } = await addUser(ctx, ctx.actor.agencyCode, input);
      return reply.redirect(`/admin/users/${id}?ok=created`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'conflict')) throw err;
      return sendHtml(
        reply,
        await list(req, req.body as Record<string, unknown>, err),
        err.code === 'conflict' ? 409 : 400,
      );
    }
  });

  const detail = async (req: IdReq, err?: DomainError) => {
    const ctx = staffCtx(req, deps);
    const user = await findUser(ctx.db, ctx.writeScope, idParam(req.params.id, '用户'));
    if (!user) throw notFound('用户');
    authorize(can(ctx.actor, 'user.manage'));
    return userPage(req.gk, {
      user,
      error: err,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      now: ctx.now.toISOString(),
    });
  };

  app.get('/users/:id', async (req: IdReq, reply) => sendHtml(reply, await detail(req)));

  app.post('/users/:id/roles', async (req: IdReq, reply) => {
    const ctx = staffCtx(req, deps);
    const id = idParam(req.params.id, '用户');
    try {
      const { roles } = parseInput(z.object({ roles: Roles }), req.body);
      await changeRoles(ctx, id, roles);
      return reply.redirect(`/admin/users/${id}?ok=saved`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'conflict')) throw err;
      return sendHtml(reply, await detail(req, err), 400);
    }
  });

  app.post('/users/:id/email', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '用户');
    try {
      const ctx = staffCtx(req, deps);
      authorize(can(ctx.actor, 'user.manage')); // one's own address is set on 我的账号
      await setStaffEmail(ctx, id, req.body);
      return reply.redirect(`/admin/users/${id}?ok=saved`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await detail(req, err), 400);
    }
  });

  app.post('/users/:id/unlock', async (req: IdReq, reply) => {
    await unlockUser(staffCtx(req, deps), idParam(req.params.id, '用户'));
    return reply.redirect(`/admin/users/${req.params.id}?ok=unlocked`, 303);
  });

  app.post('/users/:id/require-password-change', async (req: IdReq, reply) => {
    await requirePasswordChange(staffCtx(req, deps), idParam(req.params.id, '用户'));
    return reply.redirect(`/admin/users/${req.params.id}?ok=password-change`, 303);
  });

  for (const state of ['disable', 'enable'] as const) {
    app.post(`/users/:id/${state}`, async (req: IdReq, reply) => {
      try {
        await setUserDisabled(staffCtx(req, deps), idParam(req.params.id, '用户'), state === 'disable');
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'conflict') throw err;
        return sendHtml(reply, await detail(req, err), 409);
      }
      return reply.redirect(`/admin/users/${req.params.id}?ok=${state}d`, 303);
    });
  }
}
