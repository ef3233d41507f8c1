import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.js';
import { currentShardsUrl, SHARDS_DIR, shardsVersion, STAMP_FILE } from '@/lib/dictionary/shards-path';

describe('dictionary shards: a versioned path, cached as immutable', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'unspun-shards-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the version comes from the hash of the inputs, so new content gets a new path', () => {
    const a = shardsVersion('a'.repeat(64));
    const b = shardsVersion('ab'.repeat(32));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(shardsVersion('a'.repeat(64))).toBe(a);
  });

  it('the client is pointed at the version the last dictionary build wrote', () => {
    expect(currentShardsUrl(root)).toBeUndefined();
    mkdirSync(path.join(root, SHARDS_DIR), { recursive: true });
    writeFileSync(
      path.join(root, SHARDS_DIR, STAMP_FILE),
      JSON.stringify({ hash: 'x', version: '0123456789abcdef' }),
    );
    expect(currentShardsUrl(root)).toBe('/dict/shards/0123456789abcdef');
  });

  it('next.config.js sends immutable caching for a versioned shard, and only there', async () => {
    const rules = await nextConfig.headers!();
    const immutable = rules.filter((r) =>
      r.headers.some((h) => h.key === 'Cache-Control' && /immutable/.test(h.value)),
    );
    expect(immutable.map((r) => r.source)).toEqual(['/dict/shards/:version/:file']);
    expect(immutable[0]!.headers).toEqual([
      { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
    ]);
    expect(nextConfig.env?.NEXT_PUBLIC_DICT_SHARDS_URL).toMatch(/^\/dict\/shards(\/[0-9a-f]{16})?$/);
  });
});
