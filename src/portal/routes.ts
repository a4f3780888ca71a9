// Public pages: the directory of agencies and each agency's portal home. Server-rendered, no JavaScript needed.
import type { FastifyInstance } from 'fastify';
import { findPublicAgency, findPublicAgencyById, listChildren, listPublicAgencies } from '../agencies/store.ts';
import { notFound } from '../errors.ts';
import type { AppDeps } from '../app-deps.ts';
import { registerFeedback } from './feedback/routes.ts';
import { registerRequestPortal } from './requests/routes.ts';
import { registerReportPortal } from './reports/routes.ts';
import { agencyHomePage, directoryPage } from './views.ts';
import { registerPortalCatalogue } from './catalogue/routes.ts';
import { listColumns } from '../catalogue/column-store.ts';
import { LIST_FIELDS, listPublished } from '../catalogue/public-store.ts';
import { homeCatalogue } from './catalogue/views.ts';
import { chromeOf } from './layout.ts';

export function registerPortal(app: FastifyInstance, deps: AppDeps): void {
  registerFeedback(app, deps);
  app.get('/', async (req, reply) => {
    const agencies = await listPublicAgencies(deps.db);
    const q = (req.query as Record<string, unknown>).q;
    return reply
      .type('text/html; charset=utf-8')
      .send(directoryPage(agencies, req.gk, typeof q === 'string' ? q.slice(0, 50) : undefined).value);
  });

  registerPortalCatalogue(app, deps);
  registerRequestPortal(app, deps);
  registerReportPortal(app, deps);

  app.get<{ Params: { code: string } }>('/:code', (req, reply) =>
    reply.redirect(`/${encodeURIComponent(req.params.code)}/`, 301),
  );

  app.get<{ Params: { code: string } }>('/:code/', async (req, reply) => {
    const agency = await findPublicAgency(deps.db, req.params.code);
    if (!agency) throw notFound('机关');
    const [chrome, parent, children, columns, latest] = await Promise.all([
      chromeOf(deps, agency),
      agency.parentId ? findPublicAgencyById(deps.db, agency.parentId) : undefined,
      listChildren(deps.db, agency.id),
      listColumns(deps.db, agency.id),
      listPublished(deps.db, agency, LIST_FIELDS, {}, 1, 10),
    ]);
    const catalogue = homeCatalogue(agency, latest.items, columns);
    return reply
      .type('text/html; charset=utf-8')
      .send(agencyHomePage(chrome, { parent, children, catalogue }, req.gk).value);
  });
}
