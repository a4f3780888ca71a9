import { readFileSync } from 'node:fs';
import { importAgencies } from '../../agencies/import-agencies.ts';
import { makeCtx } from '../../context.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const agencyImportCommand: Command = {
  name: ['agency', 'import'],
  usage: 'agency import FILE.csv',
  summary: '从 CSV 导入机关树（表头 code,name,kind,parent_code,org_code）；有错则一条不写',
  async run(args, io) {
    const file = args[0];
    if (!file) throw new Error('请给出 CSV 文件路径');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch (err) {
      throw new Error(
        `无法读取 ${file}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '不是 UTF-8 文本'}`,
      );
    }
    return withDb(io, async (db, config) => {
      const r = await importAgencies(makeCtx({ db, config }, { kind: 'system', label: 'cli' }), text);
      io.stdout.write(`导入完成：新增 ${r.created.length}，更新 ${r.updated.length}，未变 ${r.unchanged.length}\n`);
      return EXIT.ok;
    });
  },
};
