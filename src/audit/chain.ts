// The chain: each row's hash is an HMAC (keys.ts: keyed by a secret outside the database) of its canonical content and
// the previous row's hash (pure). Chains written before the key existed used plain SHA-256 (legacyRowHash); they are
// re-chained once at upgrade (upgrade.ts).
import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainRow = {
  seq: number;
  at: string;
  actor: string;
  actor_user_id: number | null;
  agency_id: number | null;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string;
  prev_hash: string;
};

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function rowHash(row: ChainRow, key: Buffer): string {
  return createHmac('sha256', key).update(rowContent(row)).digest('hex');
}

/** The unkeyed hash of chains written before the key: anyone could recompute it, so it proves nothing on its own. */
export function legacyRowHash(row: ChainRow): string {
  return createHash('sha256').update(rowContent(row)).digest('hex');
}

function rowContent(row: ChainRow): string {
  return canonicalJson({
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    actor_user_id: row.actor_user_id === null ? null : Number(row.actor_user_id),
    agency_id: row.agency_id === null ? null : Number(row.agency_id),
    action: row.action,
    object_type: row.object_type,
    object_id: row.object_id,
    summary: row.summary,
    prev_hash: row.prev_hash,
  });
}
