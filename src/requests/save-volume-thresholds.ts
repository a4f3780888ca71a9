// The agency's 第三十五条 thresholds (volume.ts): set by those who handle cases or approve their extensions, audited.
import { z } from 'zod';
import { record } from '../audit/record.ts';
import type { Actor } from '../auth/actor.ts';
import { type Decision, authorize, canWriteAgency } from '../auth/authorize.ts';
import type { StaffCtx } from '../context.ts';
import { saveThresholds, type VolumeThresholds } from './volume-store.ts';

const count = (what: string) =>
  z.coerce
    .number({ error: `请填写${what}（1–10000 的整数）` })
    .int({ error: `${what}应为整数` })
    .min(1, { error: `${what}至少为 1` })
    .max(10000, { error: `${what}不超过 10000` });
export const VolumeThresholdsForm = z.object({
  per30Days: count('30 日内件数'),
  per12Months: count('12 个月内件数'),
});

/** Those who handle the agency's cases, or approve their extensions (the head), set its thresholds. */
export function mayHandleCases(actor: Actor, agencyId: number): Decision {
  const handles = canWriteAgency(actor, agencyId, 'request.handle');
  return handles.allowed ? handles : canWriteAgency(actor, agencyId, 'request.approve_extension');
}

export async function saveVolumeThresholds(ctx: StaffCtx, t: VolumeThresholds): Promise<void> {
  const agencyId = ctx.actor.agencyId;
  authorize(mayHandleCases(ctx.actor, agencyId));
  await ctx.db.transaction().execute(async (tx) => {
    await saveThresholds(tx, agencyId, t, ctx.now.toISOString());
    await record(tx, ctx, {
      action: 'request.volume_settings_changed',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: { per30Days: t.per30Days, per12Months: t.per12Months },
    });
  });
}
