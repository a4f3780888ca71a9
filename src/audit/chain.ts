// The chains: one per agency (chain 0 for changes of no agency). Each row's hash is an HMAC (keys.ts: keyed by a
// secret outside the database) of its canonical content, which includes its chain, its place in it and the previous
// row's hash (pure). The log of before the per-agency chains was one chain of plain SHA-256 over the row and its
// overall seq (legacyRowHash); upgrade.ts re-chains it once.
import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

type Content = {
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
export type ChainRow = Content & { chain: number; chain_seq: number };
export type LegacyRow = Content & { seq: number };

/** The chain a change belongs to: its agency's, or 0. */
export const chainOf = (agencyId: number | null) => agencyId ?? 0;

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
  return createHmac('sha256', key)
    .update(canonicalJson({ ...content(row), chain: Number(row.chain), chain_seq: Number(row.chain_seq) }))
    .digest('hex');
}

/** The unkeyed hash of the log before the per-agency chains: anyone could recompute it, so it proves nothing alone. */
export function legacyRowHash(row: LegacyRow): string {
  return createHash('sha256')
    .update(canonicalJson({ ...content(row), seq: Number(row.seq) }))
    .digest('hex');
}

function content(row: Content): Content {
  return {
    at: row.at,
    actor: row.actor,
    actor_user_id: row.actor_user_id === null ? null : Number(row.actor_user_id),
    agency_id: row.agency_id === null ? null : Number(row.agency_id),
    action: row.action,
    object_type: row.object_type,
    object_id: row.object_id,
    summary: row.summary,
    prev_hash: row.prev_hash,
  };
}
