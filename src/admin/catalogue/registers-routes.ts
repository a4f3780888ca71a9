// /admin/catalogue/registers, /standard (+ .xlsx) and /media.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { staffActor } from '../../auth/actor.ts';
import { computeProactive, recordDecisions } from '../../catalogue/record-decisions.ts';
import { listDecisions } from '../../catalogue/register-store.ts';
import { DECISION_KINDS, yuanToFen } from '../../catalogue/registers.ts';
import { addStandardItem, recordMediaAccount } from '../../catalogue/save-standard.ts';
import { HEADER_MERGES, HEADER_SUB, HEADER_TOP, itemRow } from '../../catalogue/standard-catalogue.ts';
import { listMediaAccounts, listStandardItems } from '../../catalogue/standard-store.ts';
import { listColumns } from '../../catalogue/column-store.ts';
import type { StaffCtx } from '../../context.ts';
import { renderXlsx } from '../../documents/xlsx.ts';
import { DomainError } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { chinaToday } from '../../time.ts';
import { sendHtml } from '../layout.ts';
import { flashOf } from '../params.ts';
import { mediaPage, registersPage, standardPage } from './registers-views.ts';
import { registerStandardRoutes } from './standard-routes.ts';
import { ItemInput } from './standard-input.ts';
import { itemsWithoutCurrentEntry } from '../../catalogue/standard-link-store.ts';

export const year = z.coerce
  .number({ error: '年度应为 4 位数字' })
  .int()
  .min(2000, { error: '年度应在 2000 年以后' })
  .max(2100, { error: '年度不正确' });
const count = z.coerce
  .number({ error: '请填写数字' })
  .int({ error: '请填写整数' })
  .min(0, { error: '不能为负数' })
  .max(100_000_000, { error: '数值过大' });
const text = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过 ${max} 个字` });
export const DecisionInput = z.object({
  year,
  kind: z.enum(DECISION_KINDS, { error: '请选择类别' }),
  count,
  note: z.string().trim().max(200, { error: '说明不超过 200 个字' }).default(''),
  amount: z
    .string()
    .trim()
    .default('0')
    .transform((v, c) => {
      const fen = yuanToFen(v || '0');
      if (fen !== undefined) return fen;
      c.addIssue({ code: 'custom', message: '金额请填写数字，最多两位小数（单位：元）' });
      return 0;
    }),
});
export const MediaInput = z.object({
  platform: text('平台', 50),
  name: text('账号名称', 100),
  year,
  followers: count,
  posts: count,
});

const agencyOf = (ctx: StaffCtx) => ctx.actor.agencyId;
const ok = (req: FastifyRequest) => flashOf((req.query as Record<string, unknown>)?.ok);

export function registerRegisterRoutes(app: FastifyInstance, deps: AppDeps): void {
  const registers = async (req: FastifyRequest, y: number, error?: DomainError) => {
    const ctx = staffCtx(req, deps);
    const [table, decisions] = await Promise.all([
      computeProactive(ctx, agencyOf(ctx), y),
      listDecisions(ctx.db, agencyOf(ctx), y),
    ]);
    return registersPage(req.gk, { year: y, table, decisions, error, flash: ok(req) });
  };
  app.get('/catalogue/registers', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const y =
      q.year === undefined
        ? Number(chinaToday(deps.config.clock()).slice(0, 4))
        : parseInput(z.object({ year }), { year: q.year }).year;
    return sendHtml(reply, await registers(req, y));
  });
  const form = <S extends z.ZodType>(
    path: string,
    schema: S,
    run: (ctx: StaffCtx, input: z.output<S>) => Promise<unknown>,
    page: (req: FastifyRequest, err: DomainError) => Promise<ReturnType<typeof registersPage>>,
    next: (input: z.output<S>) => string,
  ) =>
    app.post(path, async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        const input = parseInput(schema, req.body);
        await run(staffCtx(req, deps), input);
        return reply.redirect(next(input), 303);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return sendHtml(reply, await page(req, err), 400);
      }
    });
  form(
    '/catalogue/registers',
    DecisionInput,
    (ctx, d) =>
      recordDecisions(ctx, agencyOf(ctx), {
        year: d.year,
        kind: d.kind,
        count: d.count,
        amountFen: d.amount,
        note: d.note,
      }),
    (req, err) => registers(req, Number(chinaToday(deps.config.clock()).slice(0, 4)), err),
    (d) => `/admin/catalogue/registers?year=${d.year}&ok=saved`,
  );

  const standard = async (req: FastifyRequest, error?: DomainError, flashText?: string) =>
    standardPage(req.gk, {
      items: await listStandardItems(deps.db, agencyOf(staffCtx(req, deps))),
      columns: await listColumns(deps.db, agencyOf(staffCtx(req, deps))),
      uncovered: new Set((await itemsWithoutCurrentEntry(deps.db, agencyOf(staffCtx(req, deps)))).map((it) => it.id!)),
      error,
      flash: flashText ?? ok(req),
    });
  registerStandardRoutes(app, deps, standard);
  app.get('/catalogue/standard', async (req, reply) => sendHtml(reply, await standard(req)));
  form(
    '/catalogue/standard',
    ItemInput,
    (ctx, it) => addStandardItem(ctx, agencyOf(ctx), it),
    standard,
    () => '/admin/catalogue/standard?ok=saved',
  );
  app.get('/catalogue/standard.xlsx', async (req, reply) => {
    const items = await listStandardItems(deps.db, agencyOf(staffCtx(req, deps)));
    const xlsx = await renderXlsx({
      name: '标准目录',
      title: `${staffActor(req.gk.actor).agencyCode} 政务公开事项标准目录`,
      rows: [HEADER_TOP, HEADER_SUB, ...items.map((it, i) => itemRow(i + 1, it))],
      headerRows: 2,
      merges: HEADER_MERGES,
      widths: [6, 14, 16, 30, 30, 20, 14, 40, 8, 8, 8, 10, 8, 8],
    });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('政务公开事项标准目录.xlsx')}`)
      .send(xlsx);
  });

  const media = async (req: FastifyRequest, error?: DomainError) =>
    mediaPage(req.gk, {
      accounts: await listMediaAccounts(deps.db, agencyOf(staffCtx(req, deps))),
      error,
      flash: ok(req),
    });
  app.get('/catalogue/media', async (req, reply) => sendHtml(reply, await media(req)));
  form(
    '/catalogue/media',
    MediaInput,
    (ctx, m) => recordMediaAccount(ctx, agencyOf(ctx), m),
    media,
    () => '/admin/catalogue/media?ok=saved',
  );
}
