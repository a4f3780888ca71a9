// Every CLI command, in the order `gongkai help` lists them.
import type { Command } from '../io.ts';
import { agencyImportCommand } from './agency-import.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './audit-verify.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { calendarImportCommand } from './calendar-import.ts';
import { deadlineCommand } from './deadline.ts';
import { migrateCommand } from './migrate.ts';
import { reportCheckCommand } from './report-check.ts';
import { reportBuildCommand } from './report-build.ts';
import { keysRotateCommand } from './keys-rotate.ts';
import { requestsRemindCommand } from './requests-remind.ts';
import { seedDemoCommand } from './seed-demo.ts';
import { serveCommand } from './serve.ts';
import { userAddCommand } from './user-add.ts';
import { catalogueRemindCommand } from './catalogue-remind.ts';
import { catalogueImportCommand } from './catalogue-import.ts';
import { requestsImportCommand } from './requests-import.ts';

export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  seedDemoCommand,
  userAddCommand,
  agencyImportCommand,
  backupCommand,
  restoreCommand,
  auditVerifyCommand,
  auditCheckpointCommand,
  calendarImportCommand,
  deadlineCommand,
  reportCheckCommand,
  reportBuildCommand,
  keysRotateCommand,
  requestsRemindCommand,
  catalogueRemindCommand,
  catalogueImportCommand,
  requestsImportCommand,
];
