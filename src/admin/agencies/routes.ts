// The agency pages: one's own agency, and for a supervisor every agency below it (read-only).
import type { FastifyInstance } from 'fastify';
import { AGENCY_CODE } from '../../agencies/kinds.ts';
import { findAgencyByCode, listAgencies, listChildren } from '../../agencies/store.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ctxOf } from '../../http/session.ts';
import { canSeeStaff } from '../../staff/list-staff.ts';
import { listUsers } from '../../staff/store.ts';
import { sendHtml } from '../layout.ts';
import { agencyListPage, agencyPage } from './views.ts';

export function registerAgencies(app: FastifyInstance, deps: AppDeps): void {
  app.get('/agencies', async (req, reply) => {
    const ctx = ctxOf(req, deps);
    return sendHtml(reply, agencyListPage(req.gk, await listAgencies(ctx.db, ctx.scope)));
  });

  app.get<{ Params: { code: string } }>('/agencies/:code', async (req, reply) => {
    const ctx = ctxOf(req, deps);
    if (!AGENCY_CODE.test(req.params.code)) throw notFound('机关');
    const agency = await findAgencyByCode(ctx.db, ctx.scope, req.params.code);
    if (!agency) throw notFound('机关');
    const seesStaff = canSeeStaff(ctx, agency);
    const [children, users] = await Promise.all([
      listChildren(ctx.db, agency.id),
      seesStaff ? listUsers(ctx.db, ctx.scope, agency.id) : [],
    ]);
    const visible = new Set((await listAgencies(ctx.db, ctx.scope)).map((a) => a.id));
    return sendHtml(
      reply,
      agencyPage(req.gk, {
        agency,
        children: children.filter((c) => visible.has(c.id)),
        users,
        seesStaff,
        now: ctx.now,
      }),
    );
  });
}
