// A progress line on stderr for long commands: on a terminal one line redrawn in place (a bar, the count, the
// percentage), elsewhere (a log file, a pipe) a plain line at every tenth, so logs stay readable.
import type { Writable } from 'node:stream';

export function progressLine(
  stream: Writable,
  label: string,
): { update(done: number, total: number): void; end(): void } {
  const tty = (stream as Writable & { isTTY?: boolean }).isTTY === true;
  let lastTenth = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const share = total ? Math.min(1, done / total) : 1;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return; // a terminal needs no more than ten frames a second
        lastDraw = now;
        const filled = Math.round(share * 30);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.round(share * 100)}%`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label} ${tenth * 10}%\n`);
    },
    end() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
