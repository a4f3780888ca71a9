// 行政复议 and 行政诉讼 cases of one's own agency: list with 表四 as it stands, record, move along, file documents.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { appealDeadlines } from '../../appeals/deadlines.ts';
import { DocumentForm, NewAppealForm, StepForm } from '../../appeals/form.ts';
import { addAppealDocument, recordAppeal, updateAppealSteps } from '../../appeals/record-appeal.ts';
import { appealsForYear, findAppeal, listAppeals, listDocuments } from '../../appeals/store.ts';
import { tableFour } from '../../appeals/table-four.ts';

import { can } from '../../auth/authorize.ts';
import { loadCalendar } from '../../calendar/store.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { getBlob } from '../../files/blobs.ts';
import { downloadName } from '../../files/safe-name.ts';
import { type AttachmentType, MIME } from '../../files/sniff.ts';
import { chinaToday } from '../../time.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { appealListPage, appealPage } from './views.ts';

type State = { error?: DomainError; values?: Record<string, unknown>; form?: string };

/** The year whose 表四 the list shows: this year unless `?year=` names an earlier one (January's clerk writes last year's report). */
function tableYear(asked: unknown, current: number): number {
  if (asked === undefined || asked === '') return current;
  const year = Number(asked);
  if (!Number.isInteger(year) || year < 2008 || year > current) {
    throw new DomainError('invalid_input', `年份应为 2008 年至 ${current} 年之间的四位数字。`, { year: '年份无效' });
  }
  return year;
}

export function registerAppeals(app: FastifyInstance, deps: AppDeps): void {
  const list = async (req: FastifyRequest, state: State = {}) => {
    const ctx = staffCtx(req, deps);
    const agencyId = ctx.actor.agencyId;
    const year = tableYear((req.query as Record<string, unknown>)?.year, Number(chinaToday(ctx.now).slice(0, 4)));
    return appealListPage(req.gk, {
      appeals: await listAppeals(ctx.db, ctx.scope, agencyId),
      year,
      table: tableFour(await appealsForYear(ctx.db, [agencyId], year), year),
      canRecord: can(ctx.actor, 'appeal.record').allowed,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      ...state,
    });
  };
  const detail = async (req: FastifyRequest, state: State = {}) => {
    const ctx = staffCtx(req, deps);
    const a = await findAppeal(ctx.db, ctx.writeScope, idParam((req.params as { id: string }).id, '案件'));
    if (!a) throw notFound('案件');
    const deadlines = appealDeadlines(await loadCalendar(ctx.db), a);
    return appealPage(req.gk, {
      appeal: a,
      deadlines,
      documents: await listDocuments(ctx.db, a.id),
      canRecord: can(ctx.actor, 'appeal.record').allowed,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      ...state,
    });
  };
  const post = <S extends z.ZodType>(
    url: string,
    form: string,
    schema: S,
    page: typeof list,
    run: (req: FastifyRequest, input: z.output<S>) => Promise<string>,
  ) =>
    app.post(url, async (req, reply: FastifyReply) => {
      try {
        return reply.redirect(await run(req, parseInput(schema, req.body)), 303);
      } catch (err) {
        if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'stale')) throw err;
        return sendHtml(
          reply,
          await page(req, { error: err, values: req.body as Record<string, unknown>, form }),
          err.code === 'stale' ? 409 : 400,
        );
      }
    });

  app.get('/appeals', async (req, reply) => sendHtml(reply, await list(req)));
  app.get('/appeals/:id', async (req, reply) => sendHtml(reply, await detail(req)));
  post(
    '/appeals',
    'new',
    NewAppealForm,
    list,
    async (req, input) => `/admin/appeals/${await recordAppeal(staffCtx(req, deps), input)}?ok=created`,
  );
  post('/appeals/:id/steps', 'steps', StepForm, detail, async (req, input) => {
    const id = idParam((req.params as { id: string }).id, '案件');
    await updateAppealSteps(staffCtx(req, deps), id, input);
    return `/admin/appeals/${id}?ok=saved`;
  });
  post('/appeals/:id/documents', 'document', DocumentForm, detail, async (req, input) => {
    const id = idParam((req.params as { id: string }).id, '案件');
    const file = (req.body as { file?: { filename?: string; bytes?: Buffer } }).file;
    await addAppealDocument(
      staffCtx(req, deps),
      id,
      input,
      file?.bytes ? { filename: String(file.filename ?? ''), bytes: file.bytes } : undefined,
    );
    return `/admin/appeals/${id}?ok=saved`;
  });
  app.get(
    '/appeals/:id/documents/:doc',
    async (req: FastifyRequest<{ Params: { id: string; doc: string } }>, reply) => {
      const ctx = staffCtx(req, deps);
      const a = await findAppeal(ctx.db, ctx.scope, idParam(req.params.id, '案件'));
      const doc = a && (await listDocuments(ctx.db, a.id)).find((d) => d.id === idParam(req.params.doc, '文书'));
      if (!doc?.file) throw notFound('文书');
      const name = encodeURIComponent(downloadName(doc.file.name, MIME[doc.file.type as AttachmentType] ?? ''));
      return reply
        .type(MIME[doc.file.type as AttachmentType] ?? 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .send(await getBlob(ctx.db, ctx.config, doc.file.sha256));
    },
  );
}
