/**
 * What a generate run says while it works: a one-line bar redrawn in place on a terminal,
 * plain lines (one per country) when the output is a file, cron mail or a CI log.
 */
export interface Progress {
  /** A task finished: `label` is the country; `error` when it failed. */
  tick(label: string, error?: string): void;
  /** Something to say above the bar. */
  say(line: string): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const tty = stream.isTTY === true;
  const width = 30;
  const draw = (label: string) => {
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(`\r\x1b[2K${bar} ${count}/${total} ${label}`);
  };
  return {
    tick(label, error) {
      count++;
      if (tty) {
        if (error) stream.write(`\r\x1b[2K${label}: failed: ${error}\n`);
        draw(label);
      } else {
        stream.write(`[${count}/${total}] ${elapsed()} ${label}${error ? `: failed: ${error}` : ''}\n`);
      }
    },
    say(line) {
      stream.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
      if (tty && count > 0) draw('');
    },
    done() {
      if (tty && total > 0) stream.write('\r\x1b[2K');
    },
  };
}
