// The API routes of the back office's other rooms — 复议/诉讼, supervision, the feedback box, the annual report's work,
// the calendar, the clerk's desk, accounts — gathered for routes.ts.
import { accountRoutes } from './account.ts';
import { appealRoutes } from './appeals.ts';
import { calendarRoutes } from './calendar.ts';
import { feedbackRoutes } from './feedback.ts';
import { reportWorkRoutes } from './report-work.ts';
import { requestOfficeRoutes } from './requests-office.ts';
import { supervisionRoutes } from './supervision.ts';
import { supervisionWorkRoutes } from './supervision-work.ts';

export const officeRoutes = [
  ...accountRoutes,
  ...appealRoutes,
  ...calendarRoutes,
  ...feedbackRoutes,
  ...reportWorkRoutes,
  ...requestOfficeRoutes,
  ...supervisionRoutes,
  ...supervisionWorkRoutes,
];
