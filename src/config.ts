// The only reader of process.env: parsed once with zod, every problem listed with how to fix it, frozen.
import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type Clock, fixedClock, systemClock } from './time.ts';

const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    GONGKAI_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头；不设置则使用内置 SQLite')
      .optional(),
    GONGKAI_SECRET: z.string().min(32, 'GONGKAI_SECRET 至少 32 个字符；不设置则自动生成并保存在数据目录').optional(),
    GONGKAI_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    GONGKAI_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
    GONGKAI_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    GONGKAI_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
    GONGKAI_PG_PREPARE: z.enum(['on', 'off']).default('on'),
    GONGKAI_WORKERS: z
      .string()
      .regex(/^(auto|[1-9]\d?)$/, 'GONGKAI_WORKERS 应为 1–99 的整数，或 auto（每个 CPU 一个工作进程）')
      .default('1'),
    GONGKAI_DATA_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'GONGKAI_DATA_KEY 应为 64 位十六进制（32 字节）；不设置则由 GONGKAI_SECRET 派生')
      .optional(),
    GONGKAI_REPORT_DUE: z
      .string()
      .regex(
        /^\s*(province|city|county|township|street|department)=(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])\s*(,\s*(province|city|county|township|street|department)=(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])\s*)*$/,
        'GONGKAI_REPORT_DUE 形如 township=02-20,street=02-20：各层级年度报告的公布期限（月-日，由县级主管部门规定）',
      )
      .refine(
        (v) =>
          v.split(',').every((x) => {
            const [m, d] = x.split('=')[1]!.split('-').map(Number) as [number, number];
            return new Date(Date.UTC(2001, m - 1, d)).getUTCDate() === d;
          }),
        'GONGKAI_REPORT_DUE 中有不存在的日期（如 02-30 或 02-29）：期限每年都须存在',
      )
      .optional(),
    GONGKAI_DATA_KEY_PREVIOUS: z
      .string()
      .regex(
        /^([0-9a-fA-F]{64})(,[0-9a-fA-F]{64})*$/,
        'GONGKAI_DATA_KEY_PREVIOUS 应为逗号分隔的 64 位十六进制密钥（轮换前的旧密钥）',
      )
      .optional(),
    GONGKAI_SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\//,
        'GONGKAI_SMTP_URL 应形如 smtp://用户:密码@主机:587 或 smtps://…；不设置则邮件写入数据目录下的 outbox 文件夹',
      )
      .optional(),
    GONGKAI_BASE_URL: z
      .string()
      .regex(
        /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
        'GONGKAI_BASE_URL 应为网站的访问地址，如 https://gk.example.gov.cn（邮件中的链接由它拼成）',
      )
      .optional(),
    GONGKAI_SITE_CODE: z.string().trim().max(40, 'GONGKAI_SITE_CODE（网站标识码）不超过 40 个字符').optional(),
    GONGKAI_ICP: z.string().trim().max(60, 'GONGKAI_ICP（ICP 备案号）不超过 60 个字符').optional(),
    GONGKAI_PSB: z.string().trim().max(60, 'GONGKAI_PSB（公安机关备案号）不超过 60 个字符').optional(),
    GONGKAI_TRUST_PROXY: z
      .string()
      .trim()
      .refine(
        (v) => /^\d{1,2}$/.test(v) || v.split(',').every((x) => isProxyAddress(x.trim())),
        'GONGKAI_TRUST_PROXY 应为反向代理的地址或网段（逗号分隔，如 10.0.0.5,192.168.0.0/16，或 loopback），或代理的层数（如 1）；不设置则不信任 X-Forwarded-For',
      )
      .optional(),
    GONGKAI_NOW: z.iso
      .datetime({
        offset: true,
        message: 'GONGKAI_NOW 应为带时区的时刻，如 2027-01-04T09:00:00+08:00：时钟停在此刻（测试用）',
      })
      .optional(),
    GONGKAI_MAIL_FROM: z
      .string()
      .regex(/^[^\s@<>]+@[^\s@<>]+$/, 'GONGKAI_MAIL_FROM 应为发件邮箱地址，如 gongkai@example.gov.cn')
      .optional(),
  })
  .refine((e) => !e.GONGKAI_SMTP_URL || e.GONGKAI_MAIL_FROM, {
    path: ['GONGKAI_MAIL_FROM'],
    message: '设置了 GONGKAI_SMTP_URL 时，还须设置发件地址 GONGKAI_MAIL_FROM',
  });

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  /** `prepare`: repeated statements as named prepared statements (db/postgres-prepare.ts); off behind old poolers. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; prepare?: boolean };
  secret: string;
  sessionIdleMinutes: number;
  cookieSecure: 'auto' | boolean;
  logLevel: z.infer<typeof Env>['GONGKAI_LOG_LEVEL'];
  seedDemo: boolean;
  /** Server processes on the one port (serve.ts); 1 runs everything in this process. */
  workers: number;
  /** AES-256-GCM keys for personal data at rest (hex): the current one, and older ones still readable until `keys rotate`. */
  dataKeys: Readonly<{ current: string; previous: readonly string[] }>;
  /** Annual-report due dates configured per level (条例第四十九条 leaves 乡镇 to the county), over the clock's defaults. */
  reportDue: Readonly<Partial<Record<string, { month: number; day: number }>>>;
  /**
   * Whose X-Forwarded-For / X-Forwarded-Proto to believe: nobody (false, the default: the client address is the TCP
   * peer), the proxy's addresses or networks, or a number of proxy hops. Every per-address limit and the audit log's
   * address depend on it.
   */
  trustProxy: false | number | readonly string[];
  /** Outgoing mail: dropped as files under <dataDir>/outbox (default), or sent through an SMTP server. */
  mail: Readonly<{ kind: 'file' } | { kind: 'smtp'; url: string; from: string }>;
  /** The site's public address without a trailing slash: links in mail are built on it. */
  baseUrl: string;
  /** The portal footer's identifiers (gov.cn conventions): 网站标识码, ICP 备案号, 公安机关互联网备案号; empty when unset. */
  site: Readonly<{ code: string; icp: string; psb: string }>;
  /** The current instant for the server, the CLI and the use cases: the system clock, or one standing at GONGKAI_NOW. */
  clock: Clock;
}>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置有误，请修改环境变量后重试：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.GONGKAI_DATA_DIR);
  const secret = e.GONGKAI_SECRET ?? persistentSecret(dataDir);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL, prepare: e.GONGKAI_PG_PREPARE === 'on' }
      : { kind: 'sqlite' as const, file: path.join(dataDir, 'gongkai.db') },
    secret,
    sessionIdleMinutes: e.GONGKAI_SESSION_IDLE_MINUTES,
    cookieSecure: e.GONGKAI_COOKIE_SECURE === 'auto' ? 'auto' : e.GONGKAI_COOKIE_SECURE === 'true',
    logLevel: e.GONGKAI_LOG_LEVEL,
    seedDemo: e.GONGKAI_SEED_DEMO === 'auto',
    workers: e.GONGKAI_WORKERS === 'auto' ? os.availableParallelism() : Number(e.GONGKAI_WORKERS),
    reportDue: Object.freeze(
      Object.fromEntries(
        (e.GONGKAI_REPORT_DUE ?? '')
          .split(',')
          .filter((x) => x.trim())
          .map((x) => {
            const [kind, md] = x.trim().split('=') as [string, string];
            const [month, day] = md.split('-').map(Number) as [number, number];
            return [kind, { month, day }];
          }),
      ),
    ),
    dataKeys: Object.freeze({
      current: (e.GONGKAI_DATA_KEY ?? derivedKey(secret)).toLowerCase(),
      previous: e.GONGKAI_DATA_KEY_PREVIOUS?.toLowerCase().split(',') ?? [],
    }),
    baseUrl: (e.GONGKAI_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    site: Object.freeze({ code: e.GONGKAI_SITE_CODE ?? '', icp: e.GONGKAI_ICP ?? '', psb: e.GONGKAI_PSB ?? '' }),
    trustProxy: !e.GONGKAI_TRUST_PROXY
      ? false
      : /^\d+$/.test(e.GONGKAI_TRUST_PROXY)
        ? Number(e.GONGKAI_TRUST_PROXY)
        : Object.freeze(e.GONGKAI_TRUST_PROXY.split(',').map((x) => x.trim())),
    clock: e.GONGKAI_NOW ? fixedClock(new Date(e.GONGKAI_NOW)) : systemClock,
    mail: Object.freeze(
      e.GONGKAI_SMTP_URL
        ? { kind: 'smtp' as const, url: e.GONGKAI_SMTP_URL, from: e.GONGKAI_MAIL_FROM! }
        : { kind: 'file' as const },
    ),
  });
}

/**
 * Where a configuration would put its data, without the side effect of loadConfig (which makes secret.key when no
 * secret is set): `restore` must see an empty data folder before anything is written into it.
 */
export function peekConfig(env: NodeJS.ProcessEnv = process.env): {
  dataDir: string;
  secretSet: boolean;
  databaseUrl?: string;
} {
  return {
    dataDir: path.resolve(env.GONGKAI_DATA_DIR || './data'),
    secretSet: !!env.GONGKAI_SECRET,
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

/** An address, a network (address/bits) or one of proxy-addr's names for the private ranges. */
function isProxyAddress(v: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(v)) return true;
  const [addr, bits, extra] = v.split('/');
  const kind = isIP(addr ?? '');
  if (!kind || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (kind === 4 ? 32 : 128));
}

/** Without GONGKAI_SECRET, a random secret is made once and kept (mode 0600) in the data folder. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** The default data key: HKDF-SHA256 of the secret, so an installation without GONGKAI_DATA_KEY still encrypts. */
function derivedKey(secret: string): string {
  return Buffer.from(hkdfSync('sha256', secret, 'gongkai', 'personal-data-key/v1', 32)).toString('hex');
}
