/**
 * Preload (`node --import tsx --import ./scripts/lib/maxrss.ts …`): when the process exits, write
 * its peak resident set size in kB (`process.resourceUsage().maxRSS`, the kernel's high-water
 * mark, not a sample) to the file named by REPORT_MAXRSS. Used by `npm run bench` and the CLI tests.
 */
import fs from 'node:fs';

const file = process.env.REPORT_MAXRSS;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
