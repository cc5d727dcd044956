import { SingleBar, Presets } from 'cli-progress';

/** Reports progress over packs: a bar when a person watches (stdout is a terminal), plain lines otherwise. */
export interface Progress {
  update(progress: { done: number; total: number; pack: string }): void;
  stop(): void;
}

/** Fewer packs than this finish too fast for progress to be worth showing. */
const MIN_PACKS = 3;

/** Progress on stderr, so stdout keeps only the results. */
export function createProgress(enabled: boolean): Progress {
  let bar: SingleBar | undefined;
  const tty = process.stdout.isTTY;
  return {
    update({ done, total, pack }) {
      if (!enabled || total < MIN_PACKS) return;
      if (!tty) {
        process.stderr.write(`checked ${done}/${total}: ${pack}\n`);
        return;
      }
      bar ??= new SingleBar(
        { format: 'packs [{bar}] {value}/{total} {pack}', hideCursor: true },
        Presets.shades_classic,
      );
      if (done === 1) bar.start(total, 0, { pack });
      bar.update(done, { pack });
    },
    stop() {
      bar?.stop();
    },
  };
}
