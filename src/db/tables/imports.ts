// Table interfaces of moving in (0034, 0035): import batches, the marks on what they brought, and the 标准目录's links
// to the entries that fulfil its items.
import type { Generated } from 'kysely';

export interface ImportBatchTable {
  id: Generated<number>;
  agency_id: number;
  /** 'catalogue' | 'requests' */
  kind: string;
  filename: string;
  sha256: string;
  rows: number;
  actor_name: string;
  created_at: string;
}

export interface ImportedEntryTable {
  entry_id: number;
  import_id: number;
  /** The line of the file the entry came from. */
  line: number;
}

export interface ImportedRequestTable {
  request_id: number;
  import_id: number;
  line: number;
}

export interface StandardItemEntryTable {
  item_id: number;
  entry_id: number;
  agency_id: number;
}
