// Passwords are hashed with argon2id (OWASP's recommended parameters: 19 MiB, 2 iterations, 1 lane).
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with Argon2id by default (its Algorithm enum is a const enum we cannot import here);
// passwords.test.ts checks the '$argon2id$' prefix.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so a wrong name takes as long as a wrong password. */
let dummy: Promise<string> | undefined;
export async function burnTime(password: string): Promise<void> {
  dummy ??= hashPassword('gongkai-dummy-password');
  await verifyPassword(await dummy, password);
}
