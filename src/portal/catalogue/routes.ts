// Public catalogue routes of an agency: browse, search, entry page and downloads, 指南, Atom feeds, sitemap.
// Only published entries are ever read here (public-store.ts).
import { importedOn as entryImportedOn } from '../../catalogue/import-store.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findPublicAgency } from '../../agencies/store.ts';
import { type Column, getSettings, listColumns } from '../../catalogue/column-store.ts';
import { findPublishedEntry } from '../../catalogue/store.ts';
import { LIST_FIELDS, listPublished, publishedAttachments, publishedYears } from '../../catalogue/public-store.ts';
import { DomainError, notFound } from '../../errors.ts';
import { getBlob } from '../../files/blobs.ts';
import { downloadName } from '../../files/safe-name.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { idParam } from '../../admin/params.ts';
import { atomFeed, sitemap } from './feeds.ts';
import { guidePage } from './guide.ts';
import { CatalogueQuery, queryString } from './query.ts';
import { PublicCache } from './page-cache.ts';
import { cataloguePage, entryPage, searchPage } from './views.ts';
import { type Chrome, chromeOf } from '../layout.ts';

type CodeReq = FastifyRequest<{ Params: { code: string; id?: string; fileId?: string } }>;
const HTML = 'text/html; charset=utf-8';
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
type Head = { chrome: Chrome; columns: Column[]; years: number[] };

export function registerPortalCatalogue(app: FastifyInstance, deps: AppDeps): void {
  const agencyOf = async (req: CodeReq) => {
    const agency = await findPublicAgency(deps.db, req.params.code);
    if (!agency) throw notFound('机关');
    return agency;
  };
  // An agency with its columns and publication years heads every list and search page: kept per agency (page-cache.ts).
  const heads = new PublicCache<Head>(deps.db, 20_000);
  const headOf = async (req: CodeReq): Promise<Head> => {
    const hit = await heads.get(req.params.code);
    if (hit) return hit;
    const agency = await agencyOf(req);
    return heads.fill(req.params.code, agency.id, async () => {
      const [chrome, columns, years] = await Promise.all([
        chromeOf(deps, agency),
        listColumns(deps.db, agency.id),
        publishedYears(deps.db, agency),
      ]);
      return { chrome, columns, years };
    });
  };
  const browse = async (head: Head, q: CatalogueQuery, withSearch: boolean) => {
    const filter = {
      columnId: q.column,
      topic: q.topic,
      genre: q.genre,
      year: q.year,
      validity: q.validity,
      q: withSearch ? q.q : undefined,
    };
    const result =
      withSearch && !q.q ? undefined : await listPublished(deps.db, head.chrome.agency, LIST_FIELDS, filter, q.page);
    return { ...head, q, result };
  };

  // The list page is the portal's busiest: rendered pages are kept for public visitors (page-cache.ts).
  const pages = new PublicCache<Buffer>(deps.db, 2000);
  // A query string that does not parse (a hand-edited year, a stale column) shows the page unfiltered with the error
  // summary, naming each filter by its label.
  const queryOf = (req: CodeReq): { q: CatalogueQuery; error?: DomainError } => {
    try {
      return { q: parseInput(CatalogueQuery, req.query) };
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return { q: CatalogueQuery.parse({}), error: err };
    }
  };

  app.get('/:code/catalogue', async (req: CodeReq, reply) => {
    const { q, error } = queryOf(req);
    if (error) {
      const head = await headOf(req);
      const v = await browse(head, q, false);
      return reply
        .status(400)
        .type(HTML)
        .send(cataloguePage(head.chrome, { ...v, result: v.result!, error }, req.gk).value);
    }
    const cacheable = req.gk.actor.kind !== 'staff';
    const key = `${req.params.code}/catalogue${queryString({ ...q, q: undefined })}`;
    const hit = cacheable ? await pages.get(key) : undefined;
    if (hit) return reply.type(HTML).send(hit);
    const head = await headOf(req);
    const render = async () => {
      const v = await browse(head, q, false);
      return Buffer.from(cataloguePage(head.chrome, { ...v, result: v.result! }, req.gk).value);
    };
    return reply.type(HTML).send(cacheable ? await pages.fill(key, head.chrome.agency.id, render) : await render());
  });

  app.get('/:code/search', async (req: CodeReq, reply) => {
    const head = await headOf(req);
    const { q, error } = queryOf(req);
    return reply
      .status(error ? 400 : 200)
      .type(HTML)
      .send(searchPage(head.chrome, { ...(await browse(head, q, true)), error }, req.gk).value);
  });

  app.get('/:code/catalogue/:id', async (req: CodeReq, reply) => {
    const agency = await agencyOf(req);
    const entry = await findPublishedEntry(deps.db, agency.id, idParam(req.params.id ?? '', '信息'));
    if (!entry) throw notFound('信息');
    const [columns, attachments, importedOn] = await Promise.all([
      listColumns(deps.db, agency.id),
      publishedAttachments(deps.db, agency.id, entry.id),
      entryImportedOn(deps.db, entry.id),
    ]);
    return reply
      .type(HTML)
      .send(
        entryPage(
          await chromeOf(deps, agency),
          { entry, column: columns.find((c) => c.id === entry.columnId), attachments, importedOn },
          req.gk,
        ).value,
      );
  });

  app.get('/:code/catalogue/:id/files/:fileId', async (req: CodeReq, reply) => {
    const agency = await agencyOf(req);
    const files = await publishedAttachments(deps.db, agency.id, idParam(req.params.id ?? '', '信息'));
    const file = files.find((f) => f.id === idParam(req.params.fileId ?? '', '附件'));
    if (!file) throw notFound('附件');
    return reply
      .type(file.mime)
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(downloadName(file.filename, file.mime))}`,
      )
      .header('x-content-type-options', 'nosniff')
      .send(await getBlob(deps.db, deps.config, file.sha256));
  });

  app.get('/:code/guide', async (req: CodeReq, reply) => {
    const agency = await agencyOf(req);
    const [settings, columns] = await Promise.all([getSettings(deps.db, agency.id), listColumns(deps.db, agency.id)]);
    return reply
      .type(HTML)
      .send(guidePage({ agency, contact: settings?.guide, site: deps.config.site }, columns, req.gk).value);
  });

  app.get('/:code/columns/:id/feed.atom', async (req: CodeReq, reply) => {
    const agency = await agencyOf(req);
    const col = (await listColumns(deps.db, agency.id)).find((c) => c.id === idParam(req.params.id ?? '', '栏目'));
    if (!col) throw notFound('栏目');
    const { items } = await listPublished(
      deps.db,
      agency,
      ['id', 'title', 'summary', 'publishedOn'],
      { columnId: col.id },
      1,
      50,
    );
    const updated = items[0] ? `${items[0].publishedOn}T00:00:00+08:00` : '2000-01-01T00:00:00Z';
    return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(origin(req), agency, col, items, updated));
  });

  app.get('/:code/sitemap.xml', async (req: CodeReq, reply) => {
    const agency = await agencyOf(req);
    const { items } = await listPublished(deps.db, agency, ['id', 'publishedOn'], {}, 1, 5000);
    return reply.type('application/xml; charset=utf-8').send(sitemap(origin(req), agency, items));
  });
}
