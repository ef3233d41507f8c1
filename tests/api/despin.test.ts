import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELETE, GET, POST, PUT } from '@/app/api/despin/route';
import { CHUNK_CHARS, CONTEXT_CHARS, splitIntoChunks, withContext } from '@/lib/check/chunks';
import type { Finding } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';
import { overlapUnits } from '@/scripts/lib/despin/pieces';

const URL_ = 'http://localhost/api/despin';
const post = (body: BodyInit, contentType?: string, query = '') =>
  POST(
    new Request(URL_ + query, {
      method: 'POST',
      body,
      headers: contentType ? { 'content-type': contentType } : {},
    }),
  );

describe('POST /api/despin', () => {
  it('answers findings with offsets into the text and its words', async () => {
    const text = '上海交通大学副教授兼首席迷信家戴国浩';
    const res = await post(text, 'text/plain; charset=utf-8');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { findings: { start: number; end: number; replacement: string }[] };
    const f = body.findings.find((x) => x.replacement === '首席科学家')!;
    expect(text.slice(f.start, f.end)).toBe('首席迷信家');
    expect(body).toHaveProperty('words');
  }, 180_000); // the first request loads the lexicon and the segmenter

  it.each([['text/plain'], ['Text/Plain; Charset="UTF-8"'], ['text/plain;charset=utf8']])(
    'takes %s',
    async (type) => expect((await post('大模子', type)).status).toBe(200),
  );

  it.each([
    ['application/json', '{"text":"大模子"}'],
    ['application/x-www-form-urlencoded', 'text=%E5%A4%A7'],
    ['text/html', '<p>大模子</p>'],
    ['text/plain; charset=gbk', '大模子'],
  ])('refuses %s with 415 and says what it takes', async (type, body) => {
    const res = await post(body, type);
    expect(res.status).toBe(415);
    expect(res.headers.get('accept')).toBe('text/plain; charset=utf-8');
    expect(((await res.json()) as { error: string }).error).toMatch(/text\/plain/);
  });

  it('refuses a body without a content type with 415', async () => {
    const res = await POST(new Request(URL_, { method: 'POST', body: new Uint8Array([0xe5, 0xa4, 0xa7]) }));
    expect(res.status).toBe(415);
  });

  it('refuses an empty text with 400', async () => {
    const res = await post('', 'text/plain');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('the text is empty');
  });

  it('refuses text that is not UTF-8 with 400', async () => {
    const res = await post(new Uint8Array([0xb4, 0xf3, 0xc4, 0xa3]), 'text/plain');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/UTF-8/);
  });

  it('refuses more than CHUNK_CHARS characters with 413', async () => {
    const res = await post('字'.repeat(CHUNK_CHARS + 1), 'text/plain');
    expect(res.status).toBe(413);
  });
});

describe('a chunk of a long text, sent with its context (?from=&to=)', () => {
  const seed = fs.readFileSync(
    path.join(import.meta.dirname, '..', '..', 'content', 'articles', 'tr35-china', 'source.txt'),
    'utf8',
  );
  const key = (f: Finding) => `${f.start}-${f.end} ${f.replacement} ${f.confidence} ${f.evidence}`;

  it('gets exactly the findings of the whole text, chunk by chunk as the check page asks', async () => {
    const text = Array.from({ length: 45 }, () => seed).join('\n'); // about 110,000 characters
    const parts = splitIntoChunks(text);
    expect(parts.length).toBeGreaterThan(2);
    const got: string[] = [];
    for (const part of parts) {
      const sent = withContext(text, part);
      expect(sent.body.slice(sent.from, sent.to)).toBe(part.text);
      const res = await post(sent.body, 'text/plain', `?from=${sent.from}&to=${sent.to}`);
      expect(res.status).toBe(200);
      const { findings } = (await res.json()) as { findings: Finding[] };
      for (const f of findings) {
        expect(part.text.slice(f.start, f.end)).toBe(f.text);
        got.push(key({ ...f, start: f.start + part.at, end: f.end + part.at }));
      }
    }
    expect(got).toEqual(loadEngine().detect(text).map(key));
  }, 180_000);

  it('loses no finding where a text has no line break or sentence end for a whole chunk', async () => {
    // Commas only, and a spun form placed across the point where a chunk would be cut blindly.
    const filler = seed.replace(/[。！？.\n]/g, '，');
    const spun = '首席迷信家';
    const head = filler
      .repeat(20)
      .slice(0, CHUNK_CHARS - 3)
      .replace(/[^，]$/, '，');
    const text = `${head}${spun}${filler.repeat(2)}`;
    const whole = loadEngine().detect(text);
    expect(whole.some((f) => f.start < CHUNK_CHARS && f.end > CHUNK_CHARS)).toBe(true);
    const parts = splitIntoChunks(text);
    for (const p of parts.slice(0, -1)) expect(p.text.at(-1)).toBe('，');
    const got: string[] = [];
    for (const part of parts) {
      const sent = withContext(text, part);
      const res = await post(sent.body, 'text/plain', `?from=${sent.from}&to=${sent.to}`);
      const { findings } = (await res.json()) as { findings: Finding[] };
      for (const f of findings) got.push(key({ ...f, start: f.start + part.at, end: f.end + part.at }));
    }
    expect(got).toEqual(whole.map(key));
  }, 180_000);

  it('cuts a text of Han characters only where it must, never inside a surrogate pair', () => {
    const text = `${'字'.repeat(30)}𠀀${'字'.repeat(30)}`;
    const parts = splitIntoChunks(text, 31);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(31);
    expect(parts.map((p) => p.text.length)).toEqual([30, 31, 1]);
    // A non-Han character after the first quarter is where it cuts.
    expect(splitIntoChunks(`${'字'.repeat(20)} ${'字'.repeat(20)}`, 30).map((p) => p.text.length)).toEqual([
      21, 20,
    ]);
  });

  it('carries at least the context the engine reads around a finding', async () => {
    expect(CONTEXT_CHARS).toBeGreaterThanOrEqual(await overlapUnits());
  });

  it.each([
    ['?from=3', 'from and to must be whole numbers'],
    ['?from=5&to=2', 'from and to must be whole numbers'],
    ['?from=1.5&to=4', 'from and to must be whole numbers'],
    ['?from=0&to=99', 'from and to must be whole numbers'],
  ])('refuses %s with 400 and says why', async (query, message) => {
    const res = await post('他是首席迷信家', 'text/plain', query);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain(message);
  });

  it('refuses more context than CONTEXT_CHARS with 400, and a longer chunk with 413', async () => {
    const body = '字'.repeat(CONTEXT_CHARS + 10);
    const res = await post(body, 'text/plain', `?from=${CONTEXT_CHARS + 1}&to=${CONTEXT_CHARS + 5}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/context/);
    const long = '字'.repeat(CHUNK_CHARS + 2);
    expect((await post(long, 'text/plain', `?from=1&to=${CHUNK_CHARS + 2}`)).status).toBe(413);
  });
});

describe('other methods', () => {
  it.each([
    ['GET', GET],
    ['PUT', PUT],
    ['DELETE', DELETE],
  ])('%s is 405 with Allow: POST', async (_method, handler) => {
    const res = await handler();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});
