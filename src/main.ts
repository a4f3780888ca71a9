// Process entry: configuration, database, migrations, the demo on a fresh install, then the web server.
import { loadConfig } from './config.ts';
import { openDb } from './db/connect.ts';
import { startServer } from './serve.ts';

const config = loadConfig();
const db = openDb(config.database);
await startServer(db, config, process.stdout);
