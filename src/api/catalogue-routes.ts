// The staff's catalogue API (主动公开), in one list for routes.ts: entries, their steps, columns and settings, registers.
import { catalogueColumnRoutes } from './catalogue-columns.ts';
import { catalogueEntryRoutes } from './catalogue-entries.ts';
import { catalogueRegisterRoutes } from './catalogue-registers.ts';
import { catalogueStepRoutes } from './catalogue-steps.ts';

export const catalogueStaffRoutes = [
  ...catalogueEntryRoutes,
  ...catalogueStepRoutes,
  ...catalogueColumnRoutes,
  ...catalogueRegisterRoutes,
];
