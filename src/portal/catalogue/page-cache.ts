// Public portal data kept in memory (rendered pages, an agency's columns and years), each under the agency's
// public-catalogue version it was read at (db/public-version.ts). A hit costs one primary-key read of that version:
// anything read before a publish, withdraw or correction is never served after it commits, whichever process made the
// change. Callers keep only what a public visitor sees (a staff member's page carries their name and logout form).
// The version is read BEFORE the data, so nothing is ever tagged with a version newer than what it shows.
import type { Db } from '../../db/connect.ts';
import { readPublicVersion } from '../../db/public-version.ts';

type Cached<T> = { agencyId: number; version: number; value: T };

export class PublicCache<T> {
  private readonly items = new Map<string, Cached<T>>();
  constructor(
    private readonly db: Db,
    private readonly max: number,
  ) {}

  /** The value under `key` when it is still current, else undefined. */
  async get(key: string): Promise<T | undefined> {
    const hit = this.items.get(key);
    if (!hit) return undefined;
    if ((await readPublicVersion(this.db, hit.agencyId)) !== hit.version) {
      this.items.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Reads the value (`read` runs after the version is read) and keeps it. */
  async fill(key: string, agencyId: number, read: () => Promise<T>): Promise<T> {
    const version = await readPublicVersion(this.db, agencyId);
    const value = await read();
    if (this.items.size >= this.max) this.items.delete(this.items.keys().next().value!);
    this.items.set(key, { agencyId, version, value });
    return value;
  }
}
