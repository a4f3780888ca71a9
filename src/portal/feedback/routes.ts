// The public feedback box of an agency: leave feedback (named or anonymous), track it by code, read published answers.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findPublicAgency, type Agency } from '../../agencies/store.ts';
import { DomainError, notFound } from '../../errors.ts';
import { FeedbackForm, TrackForm } from '../../feedback/form.ts';
import { findByCode, listPublished } from '../../feedback/store.ts';
import { codeHash, submitFeedback } from '../../feedback/submit.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ctxOf } from '../../http/session.ts';
import { feedbackPage, receiptPage, trackPage } from './views.ts';
import { chromeOf } from '../layout.ts';

type CodeReq = FastifyRequest<{ Params: { code: string } }>;
const send = (reply: FastifyReply, body: { value: string }, status = 200) =>
  reply.status(status).type('text/html; charset=utf-8').send(body.value);

export function registerFeedback(app: FastifyInstance, deps: AppDeps): void {
  const agencyOf = async (req: CodeReq): Promise<Agency> => {
    const agency = await findPublicAgency(deps.db, req.params.code);
    if (!agency) throw notFound('机关');
    return agency;
  };
  const form = async (
    req: CodeReq,
    agency: Agency,
    extra: { error?: DomainError; values?: Record<string, unknown> } = {},
  ) =>
    feedbackPage(req.gk, await chromeOf(deps, agency), {
      key: typeof extra.values?.key === 'string' ? extra.values.key : randomBytes(16).toString('base64url'),
      published: await listPublished(deps.db, agency.id, 20),
      ...extra,
    });

  app.get('/:code/feedback', async (req: CodeReq, reply) => send(reply, await form(req, await agencyOf(req))));

  app.post(
    '/:code/feedback',
    { config: { rateLimit: { max: 5, timeWindow: '10 minutes' } } },
    async (req: CodeReq, reply) => {
      const agency = await agencyOf(req);
      try {
        const input = parseInput(FeedbackForm, req.body);
        const r = await submitFeedback(ctxOf(req, deps), agency.code, input);
        return send(reply, receiptPage(req.gk, await chromeOf(deps, agency), r), r.duplicate ? 200 : 201);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return send(reply, await form(req, agency, { error: err, values: req.body as Record<string, unknown> }), 400);
      }
    },
  );

  app.get('/:code/feedback/track', async (req: CodeReq, reply) =>
    send(reply, trackPage(req.gk, await chromeOf(deps, await agencyOf(req)), {})),
  );

  // POST, so the tracking code stays out of addresses and server logs; rate-limited against guessing.
  app.post(
    '/:code/feedback/track',
    { config: { rateLimit: { max: 20, timeWindow: '10 minutes' } } },
    async (req: CodeReq, reply) => {
      const agency = await agencyOf(req);
      const chrome = await chromeOf(deps, agency);
      try {
        const { code } = parseInput(TrackForm, req.body);
        const found = await findByCode(deps.db, agency.id, codeHash(code));
        if (!found) return send(reply, trackPage(req.gk, chrome, { notFound: true }), 404);
        return send(reply, trackPage(req.gk, chrome, { found }));
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return send(reply, trackPage(req.gk, chrome, { error: err }), 400);
      }
    },
  );
}
