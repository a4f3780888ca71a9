// Every CLI command, in the order `gongkai help` lists them.
import type { Command } from '../io.ts';
import { migrateCommand } from './migrate.ts';

export const COMMANDS: readonly Command[] = [migrateCommand];
