import { loadConfig } from '../../config.ts';
import { openDb } from '../../db/connect.ts';
import { startServer } from '../../serve.ts';
import { type Command, EXIT } from '../io.ts';

export const serveCommand: Command = {
  name: ['serve'],
  usage: 'serve',
  summary: '启动网站与接口服务（与 npm start 相同；端口取 PORT，默认 3000）',
  async run(_args, io) {
    const config = loadConfig(io.env);
    await startServer(openDb(config.database), config, io.stdout);
    await new Promise(() => {}); // runs until the process is stopped
    return EXIT.ok;
  },
};
