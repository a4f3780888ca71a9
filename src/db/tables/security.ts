// Table interfaces of the security and operations room: login throttling per address.

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
