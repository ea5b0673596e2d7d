/**
 * The progress bar of `--jsonl` on a file: documents, documents per second and the time left, drawn on
 * one line of a terminal's stderr (the caller decides whether there is a terminal).
 */

/** `1:05`, `12:00:07`; `--:--` while no rate is known. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export interface ProgressState {
  documents: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedSeconds: number;
}

const BAR_WIDTH = 24;

/** One line: `[#########---------------]  38%  7,600 docs  1,520 docs/s  ETA 0:08`. */
export function formatProgress({ documents, bytesDone, bytesTotal, elapsedSeconds }: ProgressState): string {
  const share = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const rate = elapsedSeconds > 0 ? documents / elapsedSeconds : 0;
  // Bytes, not documents, give the time left: the number of documents in the file is not known ahead.
  const bytesPerSecond = elapsedSeconds > 0 ? bytesDone / elapsedSeconds : 0;
  const eta = bytesPerSecond > 0 ? (bytesTotal - bytesDone) / bytesPerSecond : NaN;
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${`${Math.floor(share * 100)}%`.padStart(4)}  ` +
    `${documents.toLocaleString('en-US')} docs  ${Math.round(rate).toLocaleString('en-US')} docs/s  ETA ${formatDuration(eta)}`
  );
}

export interface Progress {
  advance(documents: number, bytes: number): void;
  /** Ends the bar's line (so that a message after it starts on a line of its own). */
  finish(): void;
}

export const noProgress: Progress = { advance() {}, finish() {} };

/** Redraws at most every `intervalMs` on `stream` (carriage return, line, erase to end of line). */
export function progressBar(stream: NodeJS.WritableStream, bytesTotal: number, intervalMs = 200): Progress {
  const started = performance.now();
  let documents = 0;
  let bytesDone = 0;
  let lastDrawn = -Infinity;
  const draw = () => {
    const elapsedSeconds = (performance.now() - started) / 1000;
    stream.write(`\r${formatProgress({ documents, bytesDone, bytesTotal, elapsedSeconds })}\u001b[K`);
  };
  return {
    advance(moreDocuments, bytes) {
      documents += moreDocuments;
      bytesDone += bytes;
      const now = performance.now();
      if (now - lastDrawn >= intervalMs) {
        lastDrawn = now;
        draw();
      }
    },
    finish() {
      draw();
      stream.write('\n');
    },
  };
}
