// Blob storage for attachments under the data folder: content-addressed (sha256), written once.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad blob id');
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256);
}

export function putBlob(dataDir: string, bytes: Buffer): string {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const file = blobPath(dataDir, sha);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, bytes, { flag: 'w', mode: 0o600 });
  }
  return sha;
}

export function getBlob(dataDir: string, sha256: string): Buffer {
  return readFileSync(blobPath(dataDir, sha256));
}
