// `gongkai restore FILE`: an archive of `gongkai backup` into an empty data folder (and, on PostgreSQL, an empty
// database). The keys come from the archive, or, when they were kept apart, must already be configured: restore
// checks them against the archive's fingerprints and refuses before writing anything when they do not match, since
// applicants' personal data could not be read. Afterwards: migrations, the audit chain verified, integrity checked.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type VerifyResult, verifyAuditChain } from '../audit/verify.ts';
import { loadConfig, peekConfig } from '../config.ts';
import { openDb } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { runKeyedUpgrades } from '../keyed-upgrades.ts';
import { extractArchive, listArchive } from './archive.ts';
import { fingerprintsOf, KEYS, type Keys, MANIFEST, type Manifest, PG_DUMP } from './backup.ts';
import { integrityCheck, tableCount } from './store.ts';

/** A restore that cannot go ahead; nothing was written. The message says what to do. */
export class RestoreRefused extends Error {}

export type Restored = { manifest: Manifest; audit: VerifyResult; integrity: string; dataDir: string };

export async function restoreBackup(file: string, env: NodeJS.ProcessEnv): Promise<Restored> {
  if (!existsSync(file)) throw new RestoreRefused(`找不到备份文件 ${file}`);
  const peek = peekConfig(env);
  const members = await listArchive(file).catch(() => {
    throw new RestoreRefused(`${file} 不是 gongkai backup 生成的备份文件（无法读取）。`);
  });
  if (!members.includes(MANIFEST))
    throw new RestoreRefused(`${file} 不是 gongkai backup 生成的备份文件（缺少 ${MANIFEST}）。`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'gongkai-restore-'));
  try {
    await extractArchive(file, scratch, { only: members.filter((m) => m === MANIFEST || m === KEYS) });
    const manifest = JSON.parse(readFileSync(path.join(scratch, MANIFEST), 'utf8')) as Manifest;
    const keys = existsSync(path.join(scratch, KEYS))
      ? (JSON.parse(readFileSync(path.join(scratch, KEYS), 'utf8')) as Keys)
      : undefined;
    if (manifest.format !== 'gongkai-backup/1')
      throw new RestoreRefused(`不认识的备份格式 ${String(manifest.format)}：请用生成它的版本恢复。`);
    const engine = peek.databaseUrl ? 'postgres' : 'sqlite';
    if (manifest.engine !== engine)
      throw new RestoreRefused(
        `备份来自 ${manifest.engine === 'sqlite' ? '内置 SQLite' : 'PostgreSQL'}，当前配置使用 ${engine === 'sqlite' ? '内置 SQLite' : 'PostgreSQL'}：请按备份时的数据库配置恢复。`,
      );
    const leftover = existsSync(peek.dataDir) ? readdirSync(peek.dataDir).filter((f) => f !== 'secret.key') : [];
    if (leftover.length)
      throw new RestoreRefused(
        `数据目录 ${peek.dataDir} 不是空的（有 ${leftover.slice(0, 3).join('、')} 等）：恢复只写入空的数据目录，请换一个目录或先移走其中的内容。`,
      );
    const wroteSecret = placeSecret(peek, keys);
    const config = loadConfig(env);
    try {
      checkKeys(manifest, fingerprintsOf(config), keys);
    } catch (err) {
      if (wroteSecret) rmSync(path.join(peek.dataDir, 'secret.key'));
      throw err;
    }
    const db = openDb(config.database);
    try {
      if (engine === 'postgres' && (await tableCount(db)) > 0)
        throw new RestoreRefused(
          'DATABASE_URL 指向的数据库不是空的：恢复只写入新建的空数据库（createdb 新建一个后重试）。',
        );
      await extractArchive(file, peek.dataDir, { exclude: [MANIFEST, KEYS] });
      ownerOnly(peek.dataDir);
      if (engine === 'postgres') {
        await promisify(execFile)('pg_restore', [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${config.database.kind === 'postgres' ? config.database.url : ''}`,
          path.join(peek.dataDir, PG_DUMP),
        ]);
        rmSync(path.join(peek.dataDir, PG_DUMP));
      }
    } finally {
      await db.destroy();
    }
    const restored = openDb(config.database); // SQLite: the file just put in place
    try {
      await migrate(restored);
      await runKeyedUpgrades(restored, config);
      return {
        manifest,
        audit: await verifyAuditChain(restored, config),
        integrity: await integrityCheck(restored),
        dataDir: peek.dataDir,
      };
    } finally {
      await restored.destroy();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The archive's secret becomes the data folder's secret.key, unless a secret is configured (env or the folder already). */
function placeSecret(peek: ReturnType<typeof peekConfig>, keys: Keys | undefined): boolean {
  const file = path.join(peek.dataDir, 'secret.key');
  if (peek.secretSet || existsSync(file)) return false;
  if (!keys)
    throw new RestoreRefused(
      '此备份不含密钥（备份时选择了 --without-keys，密钥另行保管）：请设置原来的 GONGKAI_SECRET（以及 GONGKAI_DATA_KEY，如原先设置过），或把原来的 secret.key 放入空的数据目录后重试。没有原来的密钥，申请人的个人信息无法解密。',
    );
  mkdirSync(peek.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${keys.secret}\n`, { mode: 0o600, flag: 'wx' });
  return true;
}

function checkKeys(manifest: Manifest, configured: Manifest['fingerprints'], keys: Keys | undefined): void {
  if (configured.secret !== manifest.fingerprints.secret) {
    throw new RestoreRefused(
      '配置的密钥（GONGKAI_SECRET 或数据目录中的 secret.key）与备份时不同：审计日志无法校验、个人信息无法解密。请使用备份时的密钥。',
    );
  }
  if (configured.dataKey !== manifest.fingerprints.dataKey) {
    throw new RestoreRefused(
      `配置的个人信息密钥与备份时不同：原安装单独设置了 GONGKAI_DATA_KEY。请把 GONGKAI_DATA_KEY 设为${keys ? `备份中 ${KEYS} 的 dataKey（tar -xzf 备份文件 ${KEYS} 可取出）` : '原来的值'}后重试。`,
    );
  }
}

function ownerOnly(dir: string): void {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    chmodSync(path.join(e.parentPath, e.name), e.isDirectory() ? 0o700 : 0o600);
  chmodSync(dir, 0o700);
}
