// Recording a training held, or an accountability decision taken, for the actor's own agency.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import type { z } from 'zod';
import type { AccountabilityForm, TrainingForm } from './form.ts';
import { insertAccountability, insertTraining } from './store.ts';
import { assertNotFuture } from '../time.ts';

/** The actor's own agency, once they may record supervision facts for it. */
export function ownAgency(ctx: Ctx): number {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  authorize(canWriteAgency(ctx.actor, ctx.actor.agencyId, 'supervision.record'));
  return ctx.actor.agencyId;
}

export async function recordTraining(ctx: Ctx, input: z.output<typeof TrainingForm>): Promise<number> {
  const agencyId = ownAgency(ctx);
  assertNotFuture(ctx.now, { heldOn: [input.heldOn, '培训日期（记录已举办的培训）'] });
  return ctx.db.transaction().execute(async (tx) => {
    const id = await insertTraining(tx, { agencyId, ...input, now: ctx.now.toISOString() });
    await record(tx, ctx, {
      action: 'training.recorded',
      objectType: 'training',
      objectId: id,
      agencyId,
      summary: { heldOn: input.heldOn, topic: input.topic },
    });
    return id;
  });
}

export async function recordAccountability(ctx: Ctx, input: z.output<typeof AccountabilityForm>): Promise<number> {
  const agencyId = ownAgency(ctx);
  assertNotFuture(ctx.now, { decidedOn: [input.decidedOn, '追责决定日期'] });
  return ctx.db.transaction().execute(async (tx) => {
    const id = await insertAccountability(tx, { agencyId, ...input, now: ctx.now.toISOString() });
    // The person and matter are private to staff: the audit row says only that a decision was recorded.
    await record(tx, ctx, {
      action: 'accountability.recorded',
      objectType: 'accountability',
      objectId: id,
      agencyId,
      summary: { decidedOn: input.decidedOn },
    });
    return id;
  });
}
