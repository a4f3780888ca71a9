// Every migration, in order. Static imports, so the list is the same from the server, the CLI and the tests.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-calendar.ts';
import * as m0003 from './0003-requests.ts';
import * as m0004 from './0004-catalogue.ts';
import * as m0006 from './0006-supervision.ts';
import * as m0007 from './0007-supervision-work.ts';
import * as m0008 from './0008-appeals.ts';
import * as m0009 from './0009-deadline-notices.ts';
import * as m0010 from './0010-annual-reports.ts';
import * as m0011 from './0011-report-reviews.ts';
import * as m0012 from './0012-outbox-delivery.ts';
import * as m0013 from './0013-catalogue-public-reminders.ts';
import * as m0014 from './0014-search-agency-terms.ts';
import * as m0015 from './0015-rate-limits.ts';
import * as m0016 from './0016-search-han-pairs.ts';
import * as m0017 from './0017-catalogue-corrections.ts';
import * as m0018 from './0018-search-substrings.ts';
import * as m0020 from './0020-login-throttle.ts';
import * as m0021 from './0021-submit-fingerprint.ts';
import * as m0022 from './0022-request-numbers.ts';
import * as m0023 from './0023-audit-chains.ts';
import * as m0024 from './0024-sealed-contacts.ts';
import * as m0025 from './0025-password-change.ts';
import * as m0026 from './0026-stored-files.ts';
import * as m0027 from './0027-unlogged-counters.ts';
import * as m0028 from './0028-checker-jobs.ts';
import * as m0034 from './0034-imports.ts';
import * as m0035 from './0035-standard-links.ts';
import * as m0037 from './0037-mail-letters-staff-email.ts';
import * as m0038 from './0038-volume-thresholds.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-calendar': m0002,
  '0003-requests': m0003,
  '0004-catalogue': m0004,
  '0006-supervision': m0006,
  '0007-supervision-work': m0007,
  '0008-appeals': m0008,
  '0009-deadline-notices': m0009,
  '0010-annual-reports': m0010,
  '0011-report-reviews': m0011,
  '0012-outbox-delivery': m0012,
  '0013-catalogue-public-reminders': m0013,
  '0014-search-agency-terms': m0014,
  '0015-rate-limits': m0015,
  '0016-search-han-pairs': m0016,
  '0017-catalogue-corrections': m0017,
  '0018-search-substrings': m0018,
  '0020-login-throttle': m0020,
  '0021-submit-fingerprint': m0021,
  '0022-request-numbers': m0022,
  '0023-audit-chains': m0023,
  '0024-sealed-contacts': m0024,
  '0025-password-change': m0025,
  '0026-stored-files': m0026,
  '0027-unlogged-counters': m0027,
  '0028-checker-jobs': m0028,
  '0034-imports': m0034,
  '0035-standard-links': m0035,
  '0037-mail-letters-staff-email': m0037,
  '0038-volume-thresholds': m0038,
};
