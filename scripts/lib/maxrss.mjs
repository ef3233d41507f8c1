/**
 * Preload (`node --import ./scripts/lib/maxrss.mjs …`): when the process exits, write
 * its resource usage as JSON to the file named by REPORT_MAXRSS: `maxRSS` is the kernel's
 * high-water mark in kB (not a sample), CPU times in µs over every thread. Used by
 * `npm run bench` and the CLI tests.
 */
import fs from 'node:fs';

const file = process.env.REPORT_MAXRSS;
if (file) process.on('exit', () => fs.writeFileSync(file, JSON.stringify(process.resourceUsage())));
