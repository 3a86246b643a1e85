/**
 * Ctrl-C (SIGINT) and SIGTERM, from the start of a run to its end. Node's default for both is
 * to exit on the spot, leaving the lock, an unsaved manifest and no summary; so a run handles
 * them itself, however many come (a Ctrl-C reaches every process of the terminal's group, and a
 * wrapper such as npm or tsx may pass the same signal on a second time):
 *
 *   1st  stop starting countries; those in flight finish; the run records and reports
 *   2nd  stop the countries in flight too (their files are written whole or not at all)
 *   3rd  exit at once, after the synchronous last words (the lock is still released)
 *
 * A signal that follows the previous one within REPEAT_MS is the same Ctrl-C delivered twice
 * (to the group and again by the wrapper), not a second press.
 */
const REPEAT_MS = 300;
export interface Interrupts {
  /** Aborted at the first signal: waits (for the lock) give up. */
  readonly signal: AbortSignal;
  /** How many signals came. */
  count(): number;
  /** 130 after SIGINT, 143 after SIGTERM (128 + the signal number), as shells report them. */
  exitCode(): number;
  /** Called at the first and second signal, with the count. */
  onSignal(handler: ((count: number) => void) | undefined): void;
  /** Called at the third, just before exiting: synchronous work only. */
  onExit(handler: (() => void) | undefined): void;
  dispose(): void;
}

const NUMBERS: Readonly<Record<string, number>> = { SIGINT: 2, SIGTERM: 15 };

export function watchSignals(say: (line: string) => void): Interrupts {
  const controller = new AbortController();
  let count = 0;
  let first: NodeJS.Signals | undefined;
  let handler: ((count: number) => void) | undefined;
  let last: (() => void) | undefined;
  const exitCode = () => 128 + (NUMBERS[first ?? 'SIGINT'] ?? 2);
  let lastAt = -Infinity;
  const listener = (signal: NodeJS.Signals) => {
    const now = performance.now();
    const repeat = now - lastAt < REPEAT_MS;
    lastAt = now;
    if (repeat) return;
    count++;
    first ??= signal;
    controller.abort();
    if (count >= 3) {
      say('stopping at once');
      last?.();
      process.exit(exitCode());
    }
    handler?.(count);
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return {
    signal: controller.signal,
    count: () => count,
    exitCode,
    onSignal: (h) => {
      handler = h;
    },
    onExit: (h) => {
      last = h;
    },
    dispose: () => {
      process.off('SIGINT', listener);
      process.off('SIGTERM', listener);
    },
  };
}
