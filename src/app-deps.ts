// What the web app's routes are built with: the database and the settings. Its own module, so that route files
// import it without importing the server that imports them (which tied 32 files into one import cycle).
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';

export type AppDeps = { db: Db; config: Config };
