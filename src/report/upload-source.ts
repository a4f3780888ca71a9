// The text the checker read from an uploaded report, read again from its kept bytes (the same readers give the same
// text), so the back office can show the findings in place. Null when the bytes were not kept or no longer read.
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { getBlob } from '../files/blobs.ts';
import { decodeReport } from './read-file.ts';
import type { Upload } from './upload-store.ts';

export async function uploadText(db: Db, config: Pick<Config, 'dataDir'>, upload: Upload): Promise<string | null> {
  if (!upload.stored || upload.error) return null;
  try {
    const read = await decodeReport(await getBlob(db, config, upload.sha256));
    return read.ok ? read.text : null;
  } catch {
    return null; // a file gone from the store: the page still shows the tables and findings
  }
}
