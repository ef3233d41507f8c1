/**
 * npm run bench:load [-- --no-build] [-- --seconds N] [-- --connections N]
 *
 * Starts the production server and drives the article page (and the check page, when the site
 * has one) with 100 concurrent connections for 20 seconds each (autocannon), beside a plain
 * static file server on this machine serving the same HTML; prints requests per second, latency
 * percentiles, errors and the ratio to the static server.
 */
import autocannon from 'autocannon';
import { BENCH_DIST, buildSite, hasBuild, serveStatic, startSite } from './lib/server';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt;
const SECONDS = opt('--seconds', 20);
const CONNECTIONS = opt('--connections', 100);
const SITE = 3470;
const STATIC = 3471;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function drive(name: string, url: string): Promise<Row> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

if (!args.includes('--no-build') || !hasBuild()) buildSite();
const site = await startSite(SITE);
try {
  const paths = ['/en/articles/tr35-china'];
  if ((await fetch(`http://127.0.0.1:${SITE}/en/check`)).status === 200) paths.push('/en/check');
  const pages: Record<string, string> = {};
  for (const p of paths) pages[p] = await (await fetch(`http://127.0.0.1:${SITE}${p}`)).text();
  const plain = await serveStatic(pages, STATIC);
  const rows: Row[] = [];
  for (const p of paths) {
    rows.push(await drive(`site       ${p}`, `http://127.0.0.1:${SITE}${p}`));
    rows.push(await drive(`static     ${p}`, `http://127.0.0.1:${STATIC}${p}`));
  }
  plain.close();
  console.log(
    `bench:load — autocannon, ${CONNECTIONS} connections × ${SECONDS} s per row, gzip, loopback (build ${BENCH_DIST})\n`,
  );
  console.log('target                                 req/s    p50 ms   p90 ms   p99 ms   errors   non-2xx');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)}  ${String(r.p90).padStart(7)}  ${String(r.p99).padStart(7)}  ${String(r.errors).padStart(7)}  ${String(r.non2xx).padStart(8)}`,
    );
  for (let i = 0; i < rows.length; i += 2) {
    const ratio = rows[i]!.rps / rows[i + 1]!.rps;
    const ok = ratio >= 0.5 && rows[i]!.errors === 0 && rows[i]!.non2xx === 0;
    console.log(
      `${rows[i]!.name.replace('site       ', '')}: ${ratio.toFixed(2)}× the static server's throughput, ${rows[i]!.errors} errors (target ≥ 0.5× and 0 errors: ${ok ? 'met' : 'NOT met'})`,
    );
  }
} finally {
  site.kill();
}
