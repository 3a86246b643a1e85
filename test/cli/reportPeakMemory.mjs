// Preloaded into a command under test: on exit, writes the process's peak resident set (bytes,
// worker threads included) to the file PEAK_MEMORY_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.PEAK_MEMORY_FILE) writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS * 1024));
});
