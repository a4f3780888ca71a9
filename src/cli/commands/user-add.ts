import { parseArgs } from 'node:util';
import { makeCtx } from '../../context.ts';
import { parseInput } from '../../input.ts';
import { addUser } from '../../staff/add-user.ts';
import { NewUser } from '../../staff/form.ts';
import { type Command, EXIT, readAll } from '../io.ts';
import { withDb } from '../open.ts';

export const userAddCommand: Command = {
  name: ['user', 'add'],
  usage: 'user add --agency CODE --username NAME --name 姓名 --roles clerk,head [--password-stdin]',
  summary: '添加工作人员账号；不给 --password-stdin 时生成随机密码并显示一次',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        agency: { type: 'string' },
        username: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    });
    if (!values.agency) throw new Error('请用 --agency 指定机关代码');
    const generated = values['password-stdin'] ? undefined : crypto.randomUUID().replace(/-/g, '').slice(0, 16);
    const password = generated ?? (await readAll(io.stdin)).replace(/\r?\n$/, '');
    const input = parseInput(NewUser, {
      username: values.username,
      displayName: values.name,
      roles: values.roles,
      password,
    });
    return withDb(io, async (db, config) => {
      const { id } = await addUser(makeCtx({ db, config }, { kind: 'system', label: 'cli' }), values.agency!, input);
      io.stdout.write(
        `已添加用户 #${id} ${input.username}（${input.roles.join(',')}）${generated ? `，初始密码：${generated}` : ''}\n`,
      );
      return EXIT.ok;
    });
  },
};
