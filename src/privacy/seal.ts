// Personal data at rest (ID numbers, phones, addresses): AES-256-GCM with a random 96-bit nonce. A sealed value is
// `v1.<key id>.<nonce>.<tag>.<ciphertext>` (base64url), so values sealed under an older key stay readable while
// `gongkai keys rotate` re-seals them under the current one.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';

export type Sealer = {
  seal(plain: string): string;
  open(sealed: string): string;
  /** True when the value is sealed under the current key. */
  isCurrent(sealed: string): boolean;
  /** A keyed hash for equality look-ups (repeat applicants) that does not change with key rotation. */
  lookupHash(value: string): string;
};

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** One sealer per configuration: its keys are decoded and named once, not on every value sealed. */
const made = new WeakMap<object, Sealer>();

export function sealer(config: Pick<Config, 'dataKeys' | 'secret'>): Sealer {
  let s = made.get(config);
  if (!s) {
    s = makeSealer(config);
    made.set(config, s);
  }
  return s;
}

function makeSealer(config: Pick<Config, 'dataKeys' | 'secret'>): Sealer {
  const current = Buffer.from(config.dataKeys.current, 'hex');
  const keys = new Map<string, Buffer>(
    [current, ...config.dataKeys.previous.map((k) => Buffer.from(k, 'hex'))].map((k) => [keyId(k), k]),
  );
  const currentId = keyId(current);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return [
        'v1',
        currentId,
        iv.toString('base64url'),
        c.getAuthTag().toString('base64url'),
        ct.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [v, id, iv, tag, ct] = sealed.split('.');
      const key = id ? keys.get(id) : undefined;
      if (v !== 'v1' || !key || !iv || !tag || ct === undefined)
        throw new Error(`无法解密个人信息：密钥 ${id ?? '?'} 未配置（请在 GONGKAI_DATA_KEY_PREVIOUS 中提供旧密钥）`);
      const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
    },
    isCurrent: (sealed) => sealed.split('.')[1] === currentId,
    lookupHash: (value) =>
      createHmac('sha256', config.secret).update(`applicant:${value.trim().toUpperCase()}`).digest('hex'),
  };
}
