// The JSON API under /api/v1 and its OpenAPI document.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { agencyRoutes } from './agencies.ts';
import { auditRoutes } from './audit.ts';
import { catalogueRoutes } from './catalogue.ts';
import { catalogueStaffRoutes } from './catalogue-routes.ts';
import { checkerRoutes } from './checker.ts';
import { exportRoutes } from './exports.ts';
import { staffEmailRoutes } from './staff-email.ts';
import { volumeRoutes } from './volume.ts';
import { movingInRoutes } from './moving-in.ts';
import { mountRoutes, openApiDocument } from './registry.ts';
import { officeRoutes } from './office-routes.ts';
import { requestRoutes } from './requests.ts';
import { reportRoutes } from './reports.ts';

export const API_ROUTES = [
  ...agencyRoutes,
  ...auditRoutes,
  ...catalogueRoutes,
  ...catalogueStaffRoutes,
  ...requestRoutes,
  ...reportRoutes,
  ...checkerRoutes,
  ...exportRoutes,
  ...volumeRoutes,
  ...staffEmailRoutes,
  ...officeRoutes,
  ...movingInRoutes,
];

export async function registerApi(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const doc = openApiDocument(API_ROUTES);
  app.get('/api/v1/openapi.json', (_req, reply) => reply.send(doc));
  mountRoutes(app, deps, API_ROUTES);
}
