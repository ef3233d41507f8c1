/**
 * Assemble a clean-text corpus for measuring false alarms from licensed text that Debian ships:
 * the zh_CN message catalogues (/usr/share/locale/zh_CN/LC_MESSAGES/*.mo), the zh_CN man pages
 * (/usr/share/man/zh_CN; more with `apt-get install manpages-zh`) and Vim's Chinese tutor. The
 * texts keep their own licences (GPL and others), so the corpus is written under .data/clean/
 * (git-ignored), never committed:
 *
 *   npm run -s clean-corpus            → .data/clean/mo.txt, .data/clean/man.txt
 *   npm run accuracy -- --clean .data/clean/man.txt
 *
 * mo.txt (catalogues) is what scripts/fit-weights.ts fits on; man.txt (man pages and the tutor)
 * is kept apart to measure on.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The translations (msgstr) of a GNU .mo catalogue, plural forms split, header left out. */
export function moStrings(buf: Buffer): string[] {
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) throw new Error('not a .mo file');
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const n = u32(8);
  const tOff = u32(16);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const len = u32(tOff + 8 * k);
    const at = u32(tOff + 8 * k + 4);
    const s = buf.toString('utf8', at, at + len);
    if (s.startsWith('Project-Id-Version') || s.includes('Content-Type:')) continue;
    for (const part of s.split('\0')) if (part.trim()) out.push(part.replace(/\s*\n\s*/g, ' '));
  }
  return out;
}

/** Plain text of a troff man page: macro names and font escapes dropped, their text kept. */
export function troffText(src: string): string {
  return src
    .split('\n')
    .filter((l) => !l.startsWith('.\\"') && !l.startsWith('\'\\"'))
    .map((l) => (l.startsWith('.') ? l.replace(/^\.\S*\s?/, '') : l))
    .map((l) =>
      l.replace(/\\f[BIRP]|\\f\(..|\\s[-+]?\d|\\-|\\&|\\e|\\\(..|\\\*\(..|\\\*./g, '').replace(/"/g, ''),
    )
    .filter((l) => l.trim())
    .join('\n');
}

function main(): void {
  const out = path.join(process.cwd(), '.data', 'clean');
  fs.mkdirSync(out, { recursive: true });
  const moDir = '/usr/share/locale/zh_CN/LC_MESSAGES';
  const mo: string[] = [];
  for (const f of fs.existsSync(moDir) ? fs.readdirSync(moDir).sort() : []) {
    if (!f.endsWith('.mo')) continue;
    try {
      mo.push(...moStrings(fs.readFileSync(path.join(moDir, f))));
    } catch {
      process.stderr.write(`clean-corpus: skipped ${f} (not a readable .mo)\n`);
    }
  }
  const man: string[] = [];
  const manDir = '/usr/share/man/zh_CN';
  if (fs.existsSync(manDir)) {
    for (const rel of (fs.readdirSync(manDir, { recursive: true }) as string[]).sort()) {
      const f = path.join(manDir, rel);
      if (!fs.statSync(f).isFile()) continue;
      let text = fs.readFileSync(f);
      if (f.endsWith('.gz')) text = zlib.gunzipSync(text);
      const s = text.toString('utf8');
      if (s.includes('\uFFFD')) continue; // not UTF-8
      man.push(troffText(s));
    }
  }
  for (const t of ['/usr/share/vim/vim90/tutor/tutor.zh_cn.utf-8'])
    if (fs.existsSync(t)) man.push(fs.readFileSync(t, 'utf8'));
  const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
  for (const [name, lines] of [
    ['mo.txt', mo],
    ['man.txt', man],
  ] as const) {
    const text = `${lines.join('\n')}\n`;
    fs.writeFileSync(path.join(out, name), text);
    process.stdout.write(`clean-corpus: .data/clean/${name}: ${han(text)} Han characters\n`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
