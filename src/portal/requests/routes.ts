// Public routes of 依申请公开: apply, receipt, track, 补正 and withdrawal. No account, no JavaScript; rate-limited.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { findPublicAgency } from '../../agencies/store.ts';
import { randomToken } from '../../auth/secrets.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ctxOf } from '../../http/session.ts';
import { CODE_PATTERN, NUMBER_PATTERN } from '../../requests/access.ts';
import { Application } from '../../requests/form.ts';
import { checkUploads } from '../../requests/attachments.ts';
import { splitUploads } from '../../http/uploads.ts';
import { submitApplication } from '../../requests/submit.ts';
import { suggestPublished } from '../../requests/suggest-published.ts';
import { applicantStep, applicantView, NOT_FOUND_MESSAGE, openAsApplicant } from '../../requests/track.ts';
import { letterOf } from '../../requests/issue-letter.ts';
import { sendLetter } from '../../http/letters.ts';
import {
  applyPage,
  applyTypePage,
  isApplicantType,
  receiptPage,
  statusPage,
  trackFormPage,
  withdrawConfirmPage,
} from './views.ts';
import { type Chrome, chromeOf } from '../layout.ts';

const SUGGEST_JS = readFileSync(new URL('../../http/assets/apply-suggest.js', import.meta.url));

type CodeReq = FastifyRequest<{ Params: { code: string } }>;
const LIMIT = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };
const TRACK_LIMIT = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

export const Lookup = z.object({
  number: z
    .string({ error: '请填写申请编号' })
    .trim()
    .toUpperCase()
    .regex(NUMBER_PATTERN, '申请编号为 YS 加 12 至 14 位数字，请核对回执'),
  code: z
    .string({ error: '请填写查询码' })
    .trim()
    .toUpperCase()
    .regex(CODE_PATTERN, '查询码为 10 位字母或数字，请核对回执'),
});
const StepText = Lookup.extend({ text: z.string().trim().max(2000, '内容不超过 2000 字').default('') });

const send = (reply: FastifyReply, body: { value: string }, status = 200) =>
  reply.status(status).type('text/html; charset=utf-8').send(body.value);

/** The agency of the address with its portal chrome (layout.ts). */
async function agencyOf(deps: AppDeps, req: CodeReq): Promise<Chrome> {
  const a = await findPublicAgency(deps.db, req.params.code);
  if (!a) throw notFound('机关');
  return chromeOf(deps, a);
}

const TYPE_MISSING = '请选择您是以公民（个人）还是法人或其他组织的身份申请';

export function registerRequestPortal(app: FastifyInstance, deps: AppDeps): void {
  // Step one asks who applies; its GET form comes back here with ?applicantType=, which shows that section alone.
  app.get(
    '/:code/apply',
    async (req: FastifyRequest<{ Params: { code: string }; Querystring: { applicantType?: string } }>, reply) => {
      const c = await agencyOf(deps, req);
      const type = req.query.applicantType;
      if (isApplicantType(type)) return send(reply, applyPage(c, req.gk, type, randomToken(18)));
      return type === undefined
        ? send(reply, applyTypePage(c, req.gk))
        : send(reply, applyTypePage(c, req.gk, TYPE_MISSING), 400);
    },
  );

  app.post('/:code/apply', LIMIT, async (req: CodeReq, reply) => {
    const c = await agencyOf(deps, req);
    try {
      const { fields, uploads } = splitUploads(req.body);
      const input = parseInput(Application, fields);
      const r = await submitApplication(
        ctxOf(req, deps),
        c.agency.code,
        input,
        { channel: 'portal' },
        checkUploads(uploads),
      );
      return send(reply, receiptPage(c, req.gk, r), r.created ? 201 : 200);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      const body = splitUploads(req.body).fields;
      if (!isApplicantType(body.applicantType)) return send(reply, applyTypePage(c, req.gk, TYPE_MISSING), 400);
      return send(
        reply,
        applyPage(c, req.gk, body.applicantType, nonceOf(body), {
          values: body,
          message: err.message,
          fields: err.fields,
        }),
        400,
      );
    }
  });

  // Without JavaScript: "先查一查是否已公开" posts the form here; nothing is stored, what was typed comes back with the
  // matches. A POST, not a GET, so the applicant's ID number and phone never land in a URL or an access log.
  app.post('/:code/apply/check', LIMIT, async (req: CodeReq, reply) => {
    const c = await agencyOf(deps, req);
    const { fields } = splitUploads(req.body);
    const text = ['infoTitle', 'infoDescription']
      .map((k) => (typeof fields[k] === 'string' ? fields[k] : ''))
      .join(' ')
      .slice(0, 1000);
    const suggestions = await suggestPublished(deps.db, c.agency.code, text);
    const type = isApplicantType(fields.applicantType) ? fields.applicantType : 'natural';
    return send(reply, applyPage(c, req.gk, type, nonceOf(fields), { values: fields, suggestions }));
  });

  app.get('/assets/apply-suggest.js', (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SUGGEST_JS),
  );

  // The receipt mail links here with ?number= (never the 查询码, which only the applicant holds).
  app.get(
    '/:code/track',
    async (req: FastifyRequest<{ Params: { code: string }; Querystring: { number?: string } }>, reply) => {
      const number =
        typeof req.query.number === 'string' && NUMBER_PATTERN.test(req.query.number) ? req.query.number : undefined;
      return send(reply, trackFormPage(await agencyOf(deps, req), req.gk, { values: { number } }));
    },
  );

  app.post('/:code/track', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const c = await agencyOf(deps, req);
    try {
      const q = parseInput(Lookup, req.body);
      return send(reply, statusPage(c, req.gk, await applicantView(ctxOf(req, deps), q.number, q.code), q.code));
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'not_found')) throw err;
      const fields = err.code === 'not_found' ? { code: NOT_FOUND_MESSAGE } : err.fields;
      return send(
        reply,
        trackFormPage(c, req.gk, { values: req.body as Record<string, unknown>, message: err.message, fields }),
        err.code === 'not_found' ? 404 : 400,
      );
    }
  });

  app.post('/:code/track/letter', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const q = parseInput(
      Lookup.extend({ letter: z.coerce.number().int().min(1), format: z.enum(['docx', 'pdf']) }),
      req.body,
    );
    const ctx = ctxOf(req, deps);
    const c = await openAsApplicant(ctx, q.number, q.code);
    return sendLetter(reply, await letterOf(ctx, c.id, q.letter), q.format);
  });

  app.post('/:code/track/correct', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const c = await agencyOf(deps, req);
    const q = parseInput(StepText, req.body);
    const ctx = ctxOf(req, deps);
    if (!q.text) {
      const fields = { text: '请填写补正内容' };
      return send(
        reply,
        statusPage(c, req.gk, await applicantView(ctx, q.number, q.code), q.code, undefined, {
          message: '请填写补正内容。',
          fields,
        }),
        400,
      );
    }
    await applicantStep(ctx, q.number, q.code, 'corrected', q.text);
    return send(
      reply,
      statusPage(
        c,
        req.gk,
        await applicantView(ctx, q.number, q.code),
        q.code,
        '已提交补正。答复期限自今日起重新计算。',
      ),
    );
  });

  // Withdrawing is asked on its own page first; only the confirmation's form (confirm=yes) withdraws.
  app.post('/:code/track/withdraw', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const c = await agencyOf(deps, req);
    const q = parseInput(StepText.extend({ confirm: z.literal('yes').optional() }), req.body);
    const ctx = ctxOf(req, deps);
    if (q.confirm !== 'yes') {
      const view = await applicantView(ctx, q.number, q.code);
      if (!view.canWithdraw) throw new DomainError('illegal_transition', `申请当前为“${view.stateLabel}”，不能撤回。`);
      return send(reply, withdrawConfirmPage(c, req.gk, view, q.code));
    }
    await applicantStep(ctx, q.number, q.code, 'withdrawn', q.text);
    return send(reply, statusPage(c, req.gk, await applicantView(ctx, q.number, q.code), q.code, '申请已撤回。'));
  });
}
/** The form's one-time nonce when it came back well-formed (so a later submit still finds a double), else a new one. */
const nonceOf = (body: Record<string, unknown>) =>
  typeof body.nonce === 'string' && /^[\w-]{16,64}$/.test(body.nonce) ? body.nonce : randomToken(18);
