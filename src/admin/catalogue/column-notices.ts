// Column reminders in the back office: the notices on a staff member's dashboard ("知道了" dismisses one) and the
// owner of each column on the column monitor.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { listColumnNotices } from '../../catalogue/reminder-store.ts';
import { seeColumnNotice } from '../../catalogue/see-column-notice.ts';
import { setColumnOwner } from '../../catalogue/set-column-owner.ts';
import type { StaffCtx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { parseInput } from '../../input.ts';
import { csrfInput } from '../../http/pages.ts';
import type { AppDeps } from '../../app-deps.ts';
import { type RequestAuth, staffCtx } from '../../http/session.ts';
import { sendHtml } from '../layout.ts';
import { idParam } from '../params.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;
const OwnerInput = z.object({
  ownerUserId: z.union([
    z.literal(''),
    z.coerce.number({ error: '请从本机关工作人员中选择' }).int().positive({ error: '请从本机关工作人员中选择' }),
  ]),
});

/** The dashboard block: this staff member's unseen column reminders. */
export async function columnNoticesBlock(ctx: StaffCtx, gk: RequestAuth): Promise<Html> {
  const notices = await listColumnNotices(ctx.db, ctx.actor.userId);
  if (!notices.length) return html``;
  return html`<div class="notice warn" role="status"><p><strong>以下栏目需要更新（<a href="/admin/catalogue/monitor">栏目监测</a>）：</strong></p><ul>${notices.map(
    (n) => html`<li>“${n.columnName}”${n.flag === 'stale' ? '已超期' : '即将超期'}，应在 ${n.staleAfter} 前更新
<form class="inline" method="post" action="/admin/column-notices/${n.id}/seen">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">知道了</button></form></li>`,
  )}</ul></div>`;
}

export function registerColumnNotices(
  app: FastifyInstance,
  deps: AppDeps,
  monitorWithError: (req: FastifyRequest, err: DomainError) => Promise<Html>,
): void {
  app.post('/column-notices/:id/seen', async (req: IdReq, reply) => {
    await seeColumnNotice(staffCtx(req, deps), idParam(req.params.id, '提醒'));
    return reply.redirect('/admin', 303);
  });
  app.post('/catalogue/columns/:id/owner', async (req: IdReq, reply) => {
    const ctx = staffCtx(req, deps);
    try {
      const { ownerUserId } = parseInput(OwnerInput, req.body);
      await setColumnOwner(
        ctx,
        ctx.actor.agencyId,
        idParam(req.params.id, '栏目'),
        ownerUserId === '' ? null : ownerUserId,
      );
      return reply.redirect('/admin/catalogue/monitor?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await monitorWithError(req, err), 400);
    }
  });
}
