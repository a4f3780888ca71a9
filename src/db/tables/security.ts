// Table interfaces of the security and operations room: login throttling per address, data upgrades done, files kept
// in the database.

/** Failed logins from one client address (auth/login.ts); `key` is an HMAC of the address. Instants are ISO text. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_until: string;
  locked_until: string | null;
}

/** A data upgrade that needs the keys (db/keyed-upgrades.ts), done once. */
export interface DataUpgradeTable {
  name: string;
  done_at: string;
}

/** A file kept in the database (PostgreSQL; files/store.ts): its key and size; the bytes are in stored_file_chunks. */
export interface StoredFileTable {
  key: string;
  size: number;
  created_at: string;
}

export interface StoredFileChunkTable {
  key: string;
  n: number;
  data: Buffer;
}
