// The HTTP edge enforces the route policy (auth/route-access.ts) before any handler reads its input: staff whose roles
// lack the route's permission are refused (403), and an agency, case or object of another agency named in the path is
// refused too — not found for reading (a supervisor still reads below its agency), forbidden for writing an agency's
// own data. The use cases keep their own checks; this makes every refusal come first, whatever the body holds.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { allows, ID_NAMES, ROUTE_ACCESS, routeKey } from '../auth/route-access.ts';
import { can } from '../auth/authorize.ts';
import { ownerAgency } from '../auth/store.ts';
import type { Db } from '../db/connect.ts';
import { DomainError, forbidden } from '../errors.ts';
import { isRowId } from '../input.ts';

const HIDDEN = '您访问的内容不存在，或不属于本机关。';

/** Adds the gate to every route the policy names with a permission (an onRoute hook: before the routes are added). */
export function registerRouteGate(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const method = [route.method].flat()[0]!;
    const access = ROUTE_ACCESS[routeKey(method, route.url)];
    if (access === undefined || access === 'public' || access === 'applicant') return;
    const gate = async (req: FastifyRequest) => {
      const actor = req.gk?.actor;
      if (actor?.kind !== 'staff') return; // the route's own answer: the login page, or 401
      // First what the path names (outside the actor's reach it does not exist for them), then the actor's roles.
      const owner = await ownerOf(db, route.url, req.params as Record<string, string>);
      if (owner === null) throw new DomainError('not_found', HIDDEN); // the path names one that does not exist
      if (owner && owner.id !== actor.agencyId) {
        const reading = method === 'GET';
        const below = can(actor, 'subtree.read').allowed && owner.path.startsWith(actor.agencyPath);
        // What a supervisor reads below, and an agency (public: the portal lists it), are refused plainly to a writer;
        // anything else of another agency is not there for the actor.
        if (!reading && (below || route.url.includes(':code')))
          throw forbidden('只能修改本机关的数据；上级机关对下级仅有查阅权限。');
        if (!below) throw new DomainError('not_found', HIDDEN);
      }
      if (access !== 'signed-in' && !allows(actor, access))
        throw forbidden('您的角色无权执行此操作。如需办理，请联系本机关管理员。');
    };
    route.preHandler = [gate, ...[route.preHandler ?? []].flat()];
  });
}

/** The agency of what the path names; null when it names one that does not exist, undefined when it names none. */
async function ownerOf(
  db: Db,
  url: string,
  params: Record<string, string>,
): Promise<{ id: number; path: string } | null | undefined> {
  const table = ID_NAMES.find(([re]) => re.test(url))?.[1];
  const named = url.includes(':number')
    ? ownerAgency(db, { number: params.number ?? '' })
    : url.includes(':code')
      ? ownerAgency(db, { code: params.code ?? '' })
      : table
        ? isRowId(params.id)
          ? ownerAgency(db, { table, id: Number(params.id) })
          : Promise.resolve(null) // no row has such an id
        : undefined;
  return named === undefined ? undefined : ((await named) ?? null);
}
