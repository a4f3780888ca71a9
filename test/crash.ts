// The crash drill (test/http/crash.test.ts small, bench/crash.ts full size): the platform, with its worker processes,
// takes a burst of applications and is killed (SIGKILL to its whole process group) in the middle, again and again.
// Afterwards every acknowledged application must be there and intact, none twice; an application whose answer was
// lost in the crash is sent again with the same nonce and content (as a citizen's browser would), and must then exist
// exactly once; the audit chains verify; the database's integrity check passes.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { integrityCheck } from '../src/backup/store.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/connect.ts';
import { sealer } from '../src/privacy/seal.ts';
import { accessMatches } from '../src/requests/access.ts';
import { applicationInput } from './factories.ts';

export type CrashReport = {
  rounds: number;
  acknowledged: number;
  unanswered: number;
  lost: string[];
  duplicated: string[];
  damaged: string[];
  audit: string;
  integrity: string;
};
type Sent = { nonce: string; title: string; body: Record<string, string>; number?: string; code?: string };

/** The platform as its own process group (so SIGKILL reaches every worker at once); resolves when it listens. */
export async function startGroup(env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; base: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('..', import.meta.url).pathname,
    detached: true,
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      GONGKAI_LOG_LEVEL: 'silent',
      GONGKAI_SEED_DEMO: 'never',
      GONGKAI_TRUST_PROXY: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 90_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /已启动：(http:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    proc.on('exit', (c) => {
      clearTimeout(timer);
      reject(new Error(`exited ${c}: ${out}`));
    });
  });
  return { proc, base };
}

export function killGroup(proc: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    try {
      process.kill(-proc.pid!, signal);
    } catch {
      resolve();
    }
  });
}

let address = 0;
function submit(
  base: string,
  agency: string,
  s: Sent,
): Promise<{ status: number; body?: { number: string; code: string } }> {
  const payload = JSON.stringify({ ...s.body, nonce: s.nonce });
  address++;
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/api/v1/agencies/${agency}/requests`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-forwarded-for': `10.9.${(address >> 8) & 255}.${address & 255}`,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0 });
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function crashDrill(o: {
  env: NodeJS.ProcessEnv;
  agency: string;
  rounds: number;
  clients: number;
  burstMs: number;
  log?: (m: string) => void;
}): Promise<CrashReport> {
  const acked: Sent[] = [];
  const unanswered: Sent[] = [];
  let n = 0;
  const fresh = (): Sent => {
    const i = n++;
    const title = `崩溃演练申请 ${process.pid}-${i}-${randomBytes(3).toString('hex')}`;
    return {
      nonce: `crash-${process.pid}-${i}-${randomBytes(8).toString('hex')}`,
      title,
      body: applicationInput({ infoTitle: title, address: `演练路 ${i} 号` }),
    };
  };
  for (let round = 0; round < o.rounds; round++) {
    const { proc, base } = await startGroup(o.env);
    let stop = false;
    const clients = Array.from({ length: o.clients }, async () => {
      while (!stop) {
        const s = fresh();
        try {
          const r = await submit(base, o.agency, s);
          if (r.status === 201 && r.body) acked.push({ ...s, number: r.body.number, code: r.body.code });
          else if (r.status >= 500) unanswered.push(s);
        } catch {
          unanswered.push(s); // the answer was lost: the application may or may not be stored
          stop = true;
        }
      }
    });
    await new Promise((r) => setTimeout(r, o.burstMs / 2 + Math.random() * (o.burstMs / 2)));
    await killGroup(proc, 'SIGKILL');
    stop = true;
    await Promise.all(clients);
    o.log?.(`round ${round + 1}: ${acked.length} acknowledged so far, ${unanswered.length} unanswered`);
  }
  // After the last crash: the unanswered ones are sent again, as a browser would, with the same nonce and content.
  const { proc, base } = await startGroup(o.env);
  try {
    for (const s of unanswered) {
      const r = await submit(base, o.agency, s);
      if (r.status === 201 && r.body) acked.push({ ...s, number: r.body.number, code: r.body.code });
    }
  } finally {
    await killGroup(proc, 'SIGTERM');
  }
  return check(o, acked, unanswered.length);
}

async function check(
  o: { env: NodeJS.ProcessEnv; rounds: number },
  acked: Sent[],
  unanswered: number,
): Promise<CrashReport> {
  const config = loadConfig({ ...process.env, ...o.env });
  const db = openDb(config.database);
  try {
    const s = sealer(config);
    const rows = await db
      .selectFrom('requests')
      .select(['number', 'access_hash', 'info_title', 'address_sealed', 'phone_sealed'])
      .where('info_title', 'like', '崩溃演练申请%')
      .execute();
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    const titles = new Map<string, number>();
    for (const r of rows) titles.set(r.info_title, (titles.get(r.info_title) ?? 0) + 1);
    const lost: string[] = [],
      damaged: string[] = [];
    for (const a of acked) {
      const r = byNumber.get(a.number!);
      if (!r) {
        lost.push(a.number!);
        continue;
      }
      const intact =
        r.info_title === a.title &&
        accessMatches(config.secret, r.number, a.code!, r.access_hash) &&
        s.open(r.address_sealed!) === a.body.address &&
        s.open(r.phone_sealed!) === a.body.phone;
      if (!intact) damaged.push(a.number!);
    }
    const audit = await verifyAuditChain(db, config);
    return {
      rounds: o.rounds,
      acknowledged: acked.length,
      unanswered,
      lost,
      damaged,
      duplicated: [...titles].filter(([, k]) => k > 1).map(([t]) => t),
      audit: audit.ok ? 'ok' : audit.message,
      integrity: await integrityCheck(db),
    };
  } finally {
    await db.destroy();
  }
}
