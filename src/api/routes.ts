// The JSON API under /api/v1 and its OpenAPI document.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { agencyRoutes } from './agencies.ts';
import { auditRoutes } from './audit.ts';
import { catalogueRoutes } from './catalogue.ts';
import { movingInRoutes } from './moving-in.ts';
import { mountRoutes, openApiDocument } from './registry.ts';
import { requestRoutes } from './requests.ts';
import { reportRoutes } from './reports.ts';

export const API_ROUTES = [
  ...agencyRoutes,
  ...auditRoutes,
  ...catalogueRoutes,
  ...requestRoutes,
  ...reportRoutes,
  ...movingInRoutes,
];

export async function registerApi(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const doc = openApiDocument(API_ROUTES);
  app.get('/api/v1/openapi.json', (_req, reply) => reply.send(doc));
  mountRoutes(app, deps, API_ROUTES);
}
