// The file of an import command and the files beside it (attachments named by paths relative to it).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function readImportFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new Error(
      `无法读取 ${file}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法打开'}`,
    );
  }
}

/** Reads a path relative to the import file's folder; undefined when there is no such file. */
export function relativeFiles(file: string): (p: string) => Promise<Buffer | undefined> {
  const dir = path.dirname(path.resolve(file));
  return async (p) => {
    const full = path.resolve(dir, p.replace(/\\/g, '/'));
    if (!full.startsWith(`${dir}${path.sep}`)) return undefined; // never outside the import's folder
    try {
      return await readFile(full);
    } catch {
      return undefined;
    }
  };
}
