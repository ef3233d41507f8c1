/**
 * Preload (`node --import ./scripts/lib/maxrss.mjs …`): when the process exits, write
 * its resource usage as JSON to the file named by REPORT_MAXRSS: `maxRSS` is the kernel's
 * high-water mark in kB (not a sample), CPU times in µs over every thread. Used by
 * `npm run bench`.
 *
 * On Linux `maxRSS` is this program's own peak (VmHWM in /proc/self/status): getrusage's
 * ru_maxrss keeps the peak of the process before exec, i.e. of the parent that spawned it, so a
 * large parent (a benchmark holding an engine, a test runner) would show in every child.
 */
import fs from 'node:fs';

function ownPeakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const file = process.env.REPORT_MAXRSS;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ ...usage, maxRSS: ownPeakKb() ?? usage.maxRSS }));
  });
