// Every migration, in order. Static imports, so the list is the same from the server, the CLI and the tests.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-calendar.ts';
import * as m0003 from './0003-requests.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-calendar': m0002,
  '0003-requests': m0003,
};
