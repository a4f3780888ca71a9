import { seedDemo } from '../../demo/township.ts';
import { printLogins } from '../../serve.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const seedDemoCommand: Command = {
  name: ['seed-demo'],
  usage: 'seed-demo',
  summary: '载入演示数据（东和乡人民政府及各角色账号）；已载入则不重复',
  async run(_args, io) {
    return withDb(io, async (db, config) => {
      const logins = await seedDemo(db, config);
      if (!logins.length) io.stdout.write('演示数据已存在，未重复载入。\n');
      printLogins(io.stdout, logins);
      return EXIT.ok;
    });
  },
};
