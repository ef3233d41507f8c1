/**
 * The despin CLI as bundled modules (plain JavaScript: the bin imports this before any loader).
 *
 * esbuild bundles scripts/despin.ts and its worker (scripts/lib/despin/worker.ts) into
 * node_modules/.cache/unspun-despin/<key>/{despin,worker}.mjs, where the key names the exact
 * sources (path, size and modification time of every input, and the esbuild version). Run that
 * way the CLI starts without a TypeScript loader and the engine is one module scope: it starts
 * about a quarter of a second sooner than under tsx and detects a little faster. A build happens
 * on the first run after any source changes (about half a second); a folder that cannot be
 * written, or a build that fails, leaves the CLI on tsx: slower, never broken.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DEFAULT_CACHE = path.join(ROOT, 'node_modules', '.cache', 'unspun-despin');
const ENTRIES = { despin: 'scripts/despin.ts', worker: 'scripts/lib/despin/worker.ts' };
/** Builds older than this are removed when a new one is made (a run still using one has its modules loaded). */
const KEEP_MS = 24 * 3600 * 1000;

/** size:mtime of each input, or null when one has gone. */
function stamps(inputs) {
  try {
    return inputs.map((f) => {
      const st = fs.statSync(path.join(ROOT, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    });
  } catch {
    return null;
  }
}

const keyOf = (stamped, esbuildVersion) =>
  createHash('sha256')
    .update(`${esbuildVersion}\n${stamped.join('\n')}`)
    .digest('hex')
    .slice(0, 16);

/** The current build if every one of its sources is as it was built from, else null. */
function current(cache) {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(cache, 'current.json'), 'utf8'));
    const now = stamps(m.inputs);
    if (now === null || keyOf(now, m.esbuild) !== m.key) return null;
    const entry = path.join(cache, m.key, 'despin.mjs');
    return fs.existsSync(entry) && fs.existsSync(path.join(cache, m.key, 'worker.mjs')) ? entry : null;
  } catch {
    return null;
  }
}

async function build(cache) {
  const esbuild = await import('esbuild');
  fs.mkdirSync(cache, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cache, 'build-'));
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, f]) => [k, path.join(ROOT, f)])),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    const now = stamps(inputs);
    if (now === null) throw new Error('a source changed during the build');
    const key = keyOf(now, esbuild.version);
    const dir = path.join(cache, key);
    try {
      fs.renameSync(tmp, dir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another run built the same sources
    }
    const manifest = path.join(cache, `current-${process.pid}.json`);
    fs.writeFileSync(manifest, JSON.stringify({ key, esbuild: esbuild.version, inputs }));
    fs.renameSync(manifest, path.join(cache, 'current.json'));
    for (const old of fs.readdirSync(cache)) {
      const p = path.join(cache, old);
      if (old !== key && old !== 'current.json' && Date.now() - fs.statSync(p).mtimeMs > KEEP_MS)
        fs.rmSync(p, { recursive: true, force: true });
    }
    return path.join(dir, 'despin.mjs');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The URL of the bundled CLI (built now if its sources changed), or null when it cannot be
 * built: the caller then runs scripts/despin.ts through tsx.
 */
export async function bundledDespin(cache = DEFAULT_CACHE) {
  try {
    const entry = current(cache) ?? (await build(cache));
    return pathToFileURL(entry).href;
  } catch {
    return null;
  }
}
