import { describe, expect, it } from 'vitest';
import { DELETE, GET, POST, PUT } from '@/app/api/despin/route';
import { CHUNK_CHARS } from '@/lib/check/chunks';

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
