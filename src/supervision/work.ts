// Use cases of the agency's own 工作机制, 工作考核 and 重点工作任务: each in one transaction with its audit record.
import type { z } from 'zod';
import { record } from '../audit/record.ts';
import { assertNotFuture } from '../time.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import { randomToken } from '../auth/secrets.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { parseSheet, scoreUnit } from './assessment.ts';
import type { CompleteTaskForm, KeyTaskForm, ResponsibilityForm, ResultForm, RoundForm, RuleForm } from './form.ts';
import { ownAgency } from './record.ts';
import * as store from './store.ts';

export async function assignResponsibility(ctx: Ctx, input: z.output<typeof ResponsibilityForm>): Promise<void> {
  const agencyId = ownAgency(ctx);
  await ctx.db.transaction().execute(async (tx) => {
    await store.endResponsibilities(tx, agencyId, input.duty, input.since);
    const id = await store.insertResponsibility(tx, agencyId, input);
    await record(tx, ctx, {
      action: 'responsibility.assigned',
      objectType: 'responsibility',
      objectId: id,
      agencyId,
      summary: { duty: input.duty, person: input.person, since: input.since },
    });
  });
}

/** A new rule starts a series; a revision (same series) becomes its next version, and the earlier ones stay on file. */
export async function adoptRule(ctx: Ctx, input: z.output<typeof RuleForm>): Promise<void> {
  const agencyId = ownAgency(ctx);
  await ctx.db.transaction().execute(async (tx) => {
    const series = input.series ?? randomToken(6);
    const version = await store.nextRuleVersion(tx, agencyId, series);
    if (input.series && version === 1) throw new DomainError('not_found', '要修订的制度不存在，请从列表中选择。');
    const id = await store.insertRuleDocument(tx, agencyId, {
      series,
      version,
      title: input.title,
      docNumber: input.docNumber,
      adoptedOn: input.adoptedOn,
      summary: input.summary,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'rule.adopted',
      objectType: 'rule_document',
      objectId: id,
      agencyId,
      summary: { series, version, title: input.title },
    });
  });
}

export async function openAssessment(ctx: Ctx, input: z.output<typeof RoundForm>): Promise<number> {
  const agencyId = ownAgency(ctx);
  const items = parseSheet(input.items);
  return ctx.db.transaction().execute(async (tx) => {
    const id = await store.insertRound(tx, {
      agencyId,
      year: input.year,
      title: input.title,
      useAnnual: input.useAnnual,
      useAwards: input.useAwards,
      items,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'assessment.opened',
      objectType: 'assessment_round',
      objectId: id,
      agencyId,
      summary: { year: input.year, title: input.title, items: items.length },
    });
    return id;
  });
}

export async function scoreAssessedUnit(ctx: Ctx, roundId: number, input: z.output<typeof ResultForm>): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const round = await store.findRound(tx, ctx.scope, roundId);
    if (!round) throw notFound('考核');
    authorize(canWriteAgency(ctx.actor, round.agencyId, 'supervision.record'));
    const total = scoreUnit(round.items, input.scores);
    await store.upsertResult(tx, roundId, { unit: input.unit, scores: input.scores, total, note: input.note });
    await record(tx, ctx, {
      action: 'assessment.scored',
      objectType: 'assessment_round',
      objectId: roundId,
      agencyId: round.agencyId,
      summary: { unit: input.unit, total },
    });
  });
}

export async function addKeyTask(ctx: Ctx, input: z.output<typeof KeyTaskForm>): Promise<number> {
  const agencyId = ownAgency(ctx);
  return ctx.db.transaction().execute(async (tx) => {
    const id = await store.insertKeyTask(tx, { agencyId, ...input });
    await record(tx, ctx, {
      action: 'key_task.added',
      objectType: 'key_task',
      objectId: id,
      agencyId,
      summary: { year: input.year, task: input.task },
    });
    return id;
  });
}

export async function completeKeyTask(ctx: Ctx, id: number, input: z.output<typeof CompleteTaskForm>): Promise<void> {
  assertNotFuture(ctx.now, { doneOn: [input.doneOn, '完成日期'] });
  await ctx.db.transaction().execute(async (tx) => {
    const task = await store.findKeyTask(tx, ctx.scope, id);
    if (!task) throw notFound('任务');
    authorize(canWriteAgency(ctx.actor, task.agencyId, 'supervision.record'));
    await store.completeKeyTask(tx, id, input.doneOn, input.note);
    await record(tx, ctx, {
      action: 'key_task.completed',
      objectType: 'key_task',
      objectId: id,
      agencyId: task.agencyId,
      summary: { task: task.task, doneOn: input.doneOn },
    });
  });
}
