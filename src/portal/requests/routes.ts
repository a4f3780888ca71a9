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
import { applyPage, receiptPage, statusPage, trackFormPage } from './views.ts';

const SUGGEST_JS = readFileSync(new URL('../../http/assets/apply-suggest.js', import.meta.url));

type CodeReq = FastifyRequest<{ Params: { code: string } }>;
const LIMIT = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };
const TRACK_LIMIT = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

export const Lookup = z.object({
  number: z.string({ error: '请填写申请编号' }).trim().toUpperCase().regex(NUMBER_PATTERN, '申请编号为 YS 加 12 位数字，请核对回执'),
  code: z.string({ error: '请填写查询码' }).trim().toUpperCase().regex(CODE_PATTERN, '查询码为 10 位字母或数字，请核对回执'),
});
const StepText = Lookup.extend({ text: z.string().trim().max(2000, '内容不超过 2000 字').default('') });

const send = (reply: FastifyReply, body: { value: string }, status = 200) => reply.status(status).type('text/html; charset=utf-8').send(body.value);

async function agencyOf(deps: AppDeps, req: CodeReq) {
  const a = await findPublicAgency(deps.db, req.params.code);
  if (!a) throw notFound('机关');
  return a;
}

export function registerRequestPortal(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:code/apply', async (req: CodeReq, reply) => send(reply, applyPage(await agencyOf(deps, req), req.gk, randomToken(18))));

  app.post('/:code/apply', LIMIT, async (req: CodeReq, reply) => {
    const agency = await agencyOf(deps, req);
    try {
      const { fields, uploads } = splitUploads(req.body);
      const input = parseInput(Application, fields);
      const r = await submitApplication(ctxOf(req, deps), agency.code, input, { channel: 'portal' }, checkUploads(uploads));
      return send(reply, receiptPage(agency, req.gk, r), r.created ? 201 : 200);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      const body = splitUploads(req.body).fields;
      return send(reply, applyPage(agency, req.gk, nonceOf(body), { values: body, message: err.message, fields: err.fields }), 400);
    }
  });

  // Without JavaScript: "先查一查是否已公开" posts the form here; nothing is stored, what was typed comes back with the
  // matches. A POST, not a GET, so the applicant's ID number and phone never land in a URL or an access log.
  app.post('/:code/apply/check', LIMIT, async (req: CodeReq, reply) => {
    const agency = await agencyOf(deps, req);
    const { fields } = splitUploads(req.body);
    const text = ['infoTitle', 'infoDescription'].map((k) => (typeof fields[k] === 'string' ? fields[k] : '')).join(' ').slice(0, 1000);
    const suggestions = await suggestPublished(deps.db, agency.code, text);
    return send(reply, applyPage(agency, req.gk, nonceOf(fields), { values: fields, suggestions }));
  });

  app.get('/assets/apply-suggest.js', (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SUGGEST_JS));

  app.get('/:code/track', async (req: CodeReq, reply) => send(reply, trackFormPage(await agencyOf(deps, req), req.gk)));

  app.post('/:code/track', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const agency = await agencyOf(deps, req);
    try {
      const q = parseInput(Lookup, req.body);
      return send(reply, statusPage(agency, req.gk, await applicantView(ctxOf(req, deps), q.number, q.code), q.code));
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'not_found')) throw err;
      const fields = err.code === 'not_found' ? { code: NOT_FOUND_MESSAGE } : err.fields;
      return send(reply, trackFormPage(agency, req.gk, { values: req.body as Record<string, unknown>, message: err.message, fields }), err.code === 'not_found' ? 404 : 400);
    }
  });

  app.post('/:code/track/letter', TRACK_LIMIT, async (req: CodeReq, reply) => {
    const q = parseInput(Lookup.extend({ letter: z.coerce.number().int().min(1), format: z.enum(['docx', 'pdf']) }), req.body);
    const ctx = ctxOf(req, deps);
    const c = await openAsApplicant(ctx, q.number, q.code);
    return sendLetter(reply, await letterOf(ctx, c.id, q.letter), q.format);
  });

  for (const [path, event, done] of [['correct', 'corrected', '已提交补正。答复期限自今日起重新计算。'], ['withdraw', 'withdrawn', '申请已撤回。']] as const) {
    app.post(`/:code/track/${path}`, TRACK_LIMIT, async (req: CodeReq, reply) => {
      const agency = await agencyOf(deps, req);
      const q = parseInput(StepText, req.body);
      if (event === 'corrected' && !q.text) throw new DomainError('invalid_input', '请填写补正内容。', { text: '请填写补正内容' });
      const ctx = ctxOf(req, deps);
      await applicantStep(ctx, q.number, q.code, event, q.text);
      return send(reply, statusPage(agency, req.gk, await applicantView(ctx, q.number, q.code), q.code, done));
    });
  }
}

/** The form's one-time nonce when it came back well-formed (so a later submit still finds a double), else a new one. */
const nonceOf = (body: Record<string, unknown>) => (typeof body.nonce === 'string' && /^[\w-]{16,64}$/.test(body.nonce) ? body.nonce : randomToken(18));
