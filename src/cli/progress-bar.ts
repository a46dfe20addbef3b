/**
 * A progress line on stderr: redrawn in place on a terminal, plain lines every few seconds
 * otherwise (logs, CI), so stdout keeps only the result.
 */
export interface ProgressBar {
  update(label: string, done: number, total: number, rows: number): void;
  finish(): void;
}

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
};

export function progressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): ProgressBar {
  const tty = Boolean(stream.isTTY);
  let phase = '';
  let phaseStart = now();
  let lastDrawn = 0;
  let lastPercent = -1;
  let drawnInPlace = false;
  return {
    update(label, done, total, rows) {
      const t = now();
      if (label !== phase) {
        if (drawnInPlace) stream.write('\n');
        drawnInPlace = false;
        phase = label;
        phaseStart = t;
        lastPercent = -1;
        lastDrawn = 0;
      }
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(fraction * 100);
      const elapsed = (t - phaseStart) / 1000;
      const rate = elapsed > 0 ? rows / elapsed : 0;
      const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : Infinity;
      const text = `${label} ${String(percent).padStart(3)}% ${rows.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')} rows/s, ETA ${clock(eta)}`;
      if (tty) {
        if (t - lastDrawn < 100 && percent === lastPercent) return;
        const width = 24;
        const filled = Math.round(fraction * width);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\x1b[K`);
        drawnInPlace = true;
      } else {
        // Plain lines: at most every 5 s, or each 10 %.
        if (t - lastDrawn < 5000 && Math.floor(percent / 10) === Math.floor(lastPercent / 10) && percent !== 100) return;
        stream.write(`${text}\n`);
      }
      lastDrawn = t;
      lastPercent = percent;
    },
    finish() {
      if (drawnInPlace) stream.write('\n');
      drawnInPlace = false;
    },
  };
}
