// A progress bar on stderr for long batches: only on a terminal, only after a couple of seconds, never with --quiet.
import type { BatchProgress } from '../audit/batch.js';

const SHOW_AFTER_MS = 2000;
const REDRAW_EVERY_MS = 200;
const WIDTH = 24;

export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  private latest: BatchProgress | undefined;

  constructor(private readonly options: { enabled: boolean; stream?: NodeJS.WriteStream }) {}

  update(progress: BatchProgress): void {
    this.latest = progress;
    if (!this.options.enabled) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    this.draw(progress, now);
  }

  /** Clears the bar so a warning or error line prints cleanly, then redraws it. */
  interrupt(print: () => void): void {
    if (this.drawn) this.clear();
    print();
    if (this.drawn && this.latest) this.draw(this.latest, Date.now());
  }

  finish(): void {
    if (this.drawn) this.clear();
  }

  private draw(p: BatchProgress, now: number): void {
    const stream = this.options.stream ?? process.stderr;
    const elapsed = (now - this.started) / 1000;
    const fraction = p.bytes > 0 ? Math.min(1, p.bytesDone / p.bytes) : p.files > 0 ? p.filesDone / p.files : 0;
    const filled = Math.round(fraction * WIDTH);
    const rate = p.calls / Math.max(elapsed, 0.001);
    const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : NaN;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${p.calls} calls  ${rate.toFixed(0)} calls/s  ETA ${formatSeconds(eta)}`;
    stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    (this.options.stream ?? process.stderr).write('\r\x1b[K');
  }
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
