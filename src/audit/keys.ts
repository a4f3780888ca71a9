// The audit log's keys, derived from the installation secret (GONGKAI_SECRET or the data folder's secret.key), which
// is never in the database: an HMAC key for the chain, and an Ed25519 key pair that signs checkpoints (checkpoint.ts).
// Someone with the database alone can neither recompute the chain nor forge a checkpoint.
import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { Config } from '../config.ts';

export type AuditKeys = { chain: Buffer; signing: KeyObject; verifying: KeyObject; fingerprint: string };

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const derived = new Map<string, AuditKeys>();

export function auditKeys(config: Pick<Config, 'secret'>): AuditKeys {
  let keys = derived.get(config.secret);
  if (!keys) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', config.secret, 'gongkai', info, 32));
    const signing = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, derive('audit-checkpoint/v1')]),
      format: 'der',
      type: 'pkcs8',
    });
    const verifying = createPublicKey(signing);
    const raw = verifying.export({ format: 'der', type: 'spki' });
    keys = {
      chain: derive('audit-chain/v1'),
      signing,
      verifying,
      fingerprint: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    };
    derived.set(config.secret, keys);
  }
  return keys;
}

export const chainKey = (config: Pick<Config, 'secret'>): Buffer => auditKeys(config).chain;
