// The staff back office under /admin: every page needs a session; each area registers its own routes.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff } from '../http/session.ts';
import { registerAccount } from './account/routes.ts';
import { registerAppeals } from './appeals/routes.ts';
import { registerAgencies } from './agencies/routes.ts';
import { registerAudit } from './audit/routes.ts';
import { registerCalendar } from './calendar/routes.ts';
import { registerFeedbackAdmin } from './feedback/routes.ts';
import { registerSupervision } from './supervision/routes.ts';
import { registerSupervisionWork } from './supervision/work-routes.ts';
import { registerAdminCatalogue } from './catalogue/routes.ts';
import { registerDashboard } from './dashboard.ts';
import { registerLogin } from './login.ts';
import { registerRequestAdmin } from './requests/routes.ts';
import { registerUsers } from './users/routes.ts';
import { registerReports } from './reports/routes.ts';
import { registerChecker } from './checker/routes.ts';
import { registerImports } from './imports/routes.ts';

export async function registerAdmin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  registerLogin(app, deps);
  await app.register(
    async (admin) => {
      admin.addHook('preHandler', async (req, reply) => {
        if (!requireStaff(req, reply)) return reply;
      });
      registerDashboard(admin, deps);
      registerAgencies(admin, deps);
      registerUsers(admin, deps);
      registerAudit(admin, deps);
      registerAccount(admin, deps);
      registerCalendar(admin, deps);
      registerFeedbackAdmin(admin, deps);
      registerSupervision(admin, deps);
      registerSupervisionWork(admin, deps);
      registerAppeals(admin, deps);
      registerImports(admin, deps);
      await registerAdminCatalogue(admin, deps);
      registerRequestAdmin(admin, deps);
      registerReports(admin, deps);
      registerChecker(admin, deps);
    },
    { prefix: '/admin' },
  );
}
