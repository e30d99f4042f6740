/**
 * The progress bar of `pdx batch`: on stderr, only when stderr is a terminal
 * (a log file or a pipe gets just the summary) and not with --quiet.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more input done (converted, skipped or failed). */
  update(done: number, failed: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(total: number, stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'pdx batch {bar} {value}/{total} · {rate} files/s · ETA {eta_formatted} · {failed} failed',
      barsize: 24,
      hideCursor: true,
      // The rate over the last few hundred files: steadier than cli-progress's default of 10.
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0', failed: 0 });
  return {
    update(done: number, failed: number): void {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0', failed });
    },
    stop(): void {
      bar.stop();
    },
  };
}
