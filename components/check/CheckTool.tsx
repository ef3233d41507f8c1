'use client';

import { useTranslations } from 'next-intl';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SCRIPT_LANG, SCRIPTS, type Script } from '@/components/reader/script-forms';
import { CopyDownload } from '@/components/site/CopyDownload';
import {
  CHECK_ROOT_ID,
  decodeTextFile,
  MAX_CHARS,
  splitIntoChunks,
  withContext,
  type FileProblem,
} from '@/lib/check/chunks';
import {
  acceptCertain,
  chooseAlternative,
  correctedText,
  shownFindings,
  rulePair,
  tierOf,
  type Decision,
  type Placed,
  type Tier,
} from '@/lib/check/review';
import { blockText, chunkBlocks, formOf, plainOf, type Block } from '@/lib/check/blocks';
import { edgeClass, noLineStart } from '@/lib/content/markup';
import { fromWire, type ChunkWords, type WireWord } from '@/lib/check/words';
import type { EngineKind } from '@/lib/kinds';
import { PracticeFromCheck, type CheckPracticeProps } from '@/components/practice/PracticeFromCheck';

interface CheckedChunk {
  at: number;
  text: string;
  findings: Placed[];
  words: ChunkWords;
}

/** Texts longer than this, opened from a file, are not put into the text box. */
const INLINE_CHARS = 100_000;

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** The message keys (namespace "Check") of the file problems and of the tiers. */
const FILE_PROBLEM = {
  empty: 'fileEmpty',
  'too-large': 'fileTooLarge',
  binary: 'fileBinary',
  'not-utf8': 'fileNotUtf8',
} as const satisfies Record<FileProblem, string>;
const TIER = { certain: 'tierCertain', likely: 'tierLikely', hint: 'tierHint' } as const satisfies Record<
  Tier,
  string
>;
const LEGEND_TIER = {
  certain: 'legendCertain',
  likely: 'legendLikely',
  hint: 'legendHint',
} as const satisfies Record<Tier, string>;
const SCRIPT_NAME = { s: 'scriptSimplified', tw: 'scriptTw', hk: 'scriptHk' } as const satisfies Record<
  Script,
  string
>;

/** A kind's name: the articles' kinds are named by "Corrections", the engine's own two by "Check". */
function useKindName(): (kind: EngineKind) => string {
  const t = useTranslations('Check');
  const tc = useTranslations('Corrections');
  return (kind) =>
    kind === 'variant'
      ? t('kindVariant')
      : kind === 'segmentation'
        ? t('kindSegmentation')
        : tc(`kind_${kind}`);
}

/** Paste or open a text, send it to the engine chunk by chunk, then review each finding. */
export function CheckTool({ practice }: { practice?: CheckPracticeProps }) {
  const t = useTranslations('Check');
  const tc = useTranslations('Corrections');
  const tr = useTranslations('Reader');
  const kindName = useKindName();
  const copyLabels = { copy: t('copy'), copied: t('copied'), download: t('download') };
  const [input, setInput] = useState('');
  const [checked, setChecked] = useState<{ text: string; chunks: CheckedChunk[] } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const [selected, setSelected] = useState<number | null>(null);
  const [hints, setHints] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** A long file is kept out of the text box: laying out a megabyte in a textarea stalls the page. */
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [part, setPart] = useState(0);
  const [script, setScript] = useState<Script>('s');
  const [pinyin, setPinyin] = useState(false);
  const run = useRef(0);

  const findings = useMemo(() => checked?.chunks.flatMap((c) => c.findings) ?? [], [checked]);

  async function check() {
    setMessage(null);
    const text = file?.text ?? input;
    if (!text.trim()) return setMessage(t('empty'));
    if (text.length > MAX_CHARS)
      return setMessage(
        t('tooLong', {
          count: text.length.toLocaleString('en'),
          limit: MAX_CHARS.toLocaleString('en'),
        }),
      );
    const id = ++run.current;
    setPart(0);
    const parts = splitIntoChunks(text);
    setDecisions(new Map());
    setSelected(null);
    setChecked({ text, chunks: [] });
    setStatus({ kind: 'checking', done: 0, total: parts.length });
    let next = 0;
    try {
      for (const [i, part] of parts.entries()) {
        // The chunk goes with the text around it, so that its findings are the whole text's.
        const sent = withContext(text, part);
        const query = `from=${sent.from}&to=${sent.to}${hints ? '&all=1' : ''}`;
        const res = await fetch(`/api/despin?${query}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: sent.body,
        });
        if (!res.ok)
          throw new Error(
            ((await res.json().catch(() => ({}))) as { error?: string }).error ?? res.statusText,
          );
        const { findings: found, words } = (await res.json()) as { findings: Placed[]; words: ChunkWords };
        if (run.current !== id) return;
        const placed = found.map((f) => ({
          ...f,
          id: next++,
          start: f.start + part.at,
          end: f.end + part.at,
        }));
        setChecked((c) => (c ? { text, chunks: [...c.chunks, { ...part, findings: placed, words }] } : c));
        setStatus({ kind: 'checking', done: i + 1, total: parts.length });
      }
      setStatus({ kind: 'done' });
    } catch (e) {
      if (run.current === id)
        setStatus({ kind: 'error', message: `${t('failed')} (${(e as Error).message})` });
    }
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    setMessage(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = decodeTextFile(bytes);
    if ('problem' in r) return setMessage(t(FILE_PROBLEM[r.problem]));
    if (r.text.length > MAX_CHARS)
      return setMessage(
        t('tooLong', {
          count: r.text.length.toLocaleString('en'),
          limit: MAX_CHARS.toLocaleString('en'),
        }),
      );
    if (r.text.length > INLINE_CHARS) setFile({ name: file.name, text: r.text });
    else {
      setFile(null);
      setInput(r.text);
    }
  }

  const decide = useCallback((id: number, d: Decision | null) => {
    setDecisions((old) => {
      const next = new Map(old);
      if (d) next.set(id, d);
      else next.delete(id);
      return next;
    });
  }, []);

  /** Take finding `id`'s alternative `k` as its proposal, and accept it. */
  const choose = (id: number, k: number) => {
    setChecked((c) => {
      if (!c) return c;
      const at = c.chunks.findIndex((ch) => ch.findings.some((f) => f.id === id));
      const chunk = c.chunks[at];
      if (!chunk) return c;
      const next = chooseAlternative(
        chunk,
        chunk.findings.findIndex((f) => f.id === id),
        k,
      );
      return { ...c, chunks: c.chunks.map((ch, i) => (i === at ? next : ch)) };
    });
    decide(id, 'accepted');
  };

  // Computed when copied or downloaded, not on every decision: 1 MB with 50,000 findings.
  const result = () => (checked ? correctedText(checked.text, findings, decisions) : '');
  const certain = useMemo(
    () => findings.filter((f) => tierOf(f.confidence) === 'certain').length,
    [findings],
  );

  // The first results of a check are scrolled into view (on a phone they are below the fold).
  const resultRef = useRef<HTMLElement>(null);
  const scrolledFor = useRef(0);
  const hasResult = !!checked && checked.chunks.length > 0;
  useEffect(() => {
    if (!hasResult || scrolledFor.current === run.current) return;
    scrolledFor.current = run.current;
    resultRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [hasResult]);
  const current = selected === null ? undefined : findings[selected];

  // The detail card: beside the text on a desk; on a narrower screen a sheet at the bottom of
  // the window (CSS), with the chosen finding scrolled into the room above it. Escape closes it.
  const detailRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected === null) return;
    const sheet = detailRef.current;
    const mark = document.querySelector<HTMLElement>('.check-text .finding[aria-expanded="true"]');
    if (sheet && mark && getComputedStyle(sheet).position === 'fixed') {
      const room = sheet.getBoundingClientRect().top;
      const r = mark.getBoundingClientRect();
      if (r.top < 8 || r.bottom > room - 8) window.scrollBy({ top: r.top - (room - r.height) / 2 });
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setSelected(null);
      mark?.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected]);

  return (
    <div className="check" id={CHECK_ROOT_ID}>
      <label htmlFor="check-input" className="check-label">
        {t('input')}
      </label>
      <textarea
        id="check-input"
        lang="zh"
        value={input}
        onChange={(e) => setInput(e.target.value)}
        placeholder={t('placeholder')}
        rows={8}
        spellCheck={false}
        disabled={!!file}
      />
      {file && (
        <p className="loaded">
          {t('loaded', { name: file.name, count: file.text.length.toLocaleString('en') })}{' '}
          <button type="button" onClick={() => setFile(null)}>
            {t('clear')}
          </button>
        </p>
      )}
      <div className="check-actions">
        <button type="button" className="primary" onClick={check} disabled={status.kind === 'checking'}>
          {status.kind === 'checking' ? t('checking') : t('check')}
        </button>
        <label className="file-button">
          {t('openFile')}
          <input type="file" accept=".txt,text/plain" onChange={(e) => void openFile(e.target.files?.[0])} />
        </label>
        <label className="hints">
          <input type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} /> {t('hints')}
        </label>
      </div>
      <p className="privacy">{t('privacy')}</p>
      <div role="status" aria-live="polite" className="check-status">
        {message && <p className="problem">{message}</p>}
        {status.kind === 'checking' && (
          <p>
            {/* Moving from the start: indeterminate until the first part is back. */}
            <progress max={status.total} value={status.done || undefined} aria-label={t('checking')} />{' '}
            {t('progress', { done: status.done, total: status.total })}
          </p>
        )}
        {status.kind === 'error' && <p className="problem">{status.message}</p>}
        {status.kind === 'done' && (
          <p>{findings.length ? t('summary', { count: findings.length, certain }) : t('none')}</p>
        )}
      </div>

      {checked && checked.chunks.length > 0 && (
        <section className="check-result" aria-label={t('result')} ref={resultRef}>
          <div className="check-tools">
            <button
              type="button"
              onClick={() => setDecisions((d) => acceptCertain(findings, d))}
              disabled={!certain}
            >
              {t('acceptCertain')}
            </button>
            <button type="button" aria-pressed={pinyin} onClick={() => setPinyin((p) => !p)}>
              {tr('pinyin')}
            </button>
            <CopyDownload text={result} filename="corrected.txt" labels={copyLabels} />
            {/* One compact control for three scripts: the tools stay one or two rows on a phone. */}
            <label className="script-select">
              <span className="sr">{tr('script')}</span>
              <select value={script} onChange={(e) => setScript(e.target.value as Script)}>
                {SCRIPTS.map((s) => (
                  <option key={s} value={s}>
                    {tr(SCRIPT_NAME[s])}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="check-hint">{t('wordsHint')}</p>
          <ul className="check-legend" aria-label={t('legend')}>
            {(['certain', 'likely', 'hint'] as const).map((tier) => (
              <li key={tier}>
                <span className="finding-sample" data-tier={tier} aria-hidden="true">
                  <ins lang="zh-Hans">科学</ins>
                  <span className="tier-mark">{TIER_MARK[tier]}</span>
                </span>{' '}
                {t(LEGEND_TIER[tier])}
              </li>
            ))}
          </ul>
          <div className="check-body">
            <div>
              {checked.chunks.length > 1 && (
                <nav className="parts" aria-label={t('parts')}>
                  <button
                    type="button"
                    aria-label={t('prevPart')}
                    onClick={() => setPart((p) => Math.max(0, p - 1))}
                    disabled={part === 0}
                  >
                    ←
                  </button>
                  <span>{t('part', { n: part + 1, total: checked.chunks.length })}</span>
                  <button
                    type="button"
                    aria-label={t('nextPart')}
                    onClick={() => setPart((p) => Math.min(checked.chunks.length - 1, p + 1))}
                    disabled={part >= checked.chunks.length - 1}
                  >
                    →
                  </button>
                </nav>
              )}
              {/* One group for the word popup's ←/→ (components/study/WordPopup.tsx), in the Tab order. */}
              <div
                className="check-text"
                lang={SCRIPT_LANG[script]}
                data-pinyin={pinyin ? 'on' : 'off'}
                tabIndex={0}
                aria-label={t('studyAids')}
              >
                {checked.chunks[part] && (
                  <ChunkView
                    key={part}
                    chunk={checked.chunks[part]}
                    decisions={decisions}
                    selected={selected}
                    onSelect={setSelected}

                    script={script}
                  />
                )}
              </div>
            </div>
            {current && (
              <aside className="finding-detail" aria-label={t('reason')} ref={detailRef}>
                <button
                  type="button"
                  className="detail-close"
                  aria-label={t('closeDetail')}
                  title={t('closeDetail')}
                  onClick={() => setSelected(null)}
                >
                  <span aria-hidden="true">×</span>
                </button>
                <p className="detail-pair" lang="zh">
                  <del>
                    <span className="sr">{tc('srDeleted')} </span>
                    {current.text}
                  </del>{' '}
                  →{' '}
                  <ins>
                    <span className="sr">{tc('srInserted')} </span>
                    {current.replacement}
                  </ins>
                </p>
                {current.alternatives && (
                  <p className="detail-alts">
                    {t('alternatives')}{' '}
                    {current.alternatives.map((a, k) => (
                      <button
                        key={a}
                        type="button"
                        lang="zh"
                        aria-label={t('chooseAlternative', { word: a })}
                        onClick={() => choose(current.id, k)}
                      >
                        {a}
                      </button>
                    ))}
                  </p>
                )}
                <p>
                  <strong>{t(TIER[tierOf(current.confidence)])}</strong> ·{' '}
                  {t('confidence', { percent: Math.round(current.confidence * 100) })} ·{' '}
                  {kindName(current.kind)}
                </p>
                {current.proposed !== undefined && (
                  <p className="detail-choice">
                    {t.rich('tookAlternative', {
                      word: current.replacement,
                      proposed: current.proposed,
                      zh: (chunks) => <span lang="zh">{chunks}</span>,
                    })}
                  </p>
                )}
                <p>{t(`evidence_${current.evidence}`, rulePair(current.rule))}</p>
                <div className="decide">
                  <button
                    type="button"
                    aria-pressed={decisions.get(current.id) === 'accepted'}
                    onClick={() =>
                      decide(current.id, decisions.get(current.id) === 'accepted' ? null : 'accepted')
                    }
                  >
                    {t('accept')}
                  </button>
                  <button
                    type="button"
                    aria-pressed={decisions.get(current.id) === 'rejected'}
                    onClick={() =>
                      decide(current.id, decisions.get(current.id) === 'rejected' ? null : 'rejected')
                    }
                  >
                    {t('reject')}
                  </button>
                </div>
              </aside>
            )}
          </div>
        </section>
      )}
      {practice && checked && status.kind === 'done' && (
        <PracticeFromCheck key={checked.text} text={checked.text} {...practice} />
      )}
    </div>
  );
}

interface ChunkProps {
  chunk: CheckedChunk;
  decisions: ReadonlyMap<number, Decision>;
  selected: number | null;
  onSelect: (id: number) => void;
  script: Script;
}

/**
 * Words as the reader shows them: Chinese words as <ruby> with their pinyin (shown by CSS), in
 * the chosen script; `popup` words open the word popup (their Simplified form in data-s).
 */
function Words({ words, script, popup }: { words: readonly WireWord[]; script: Script; popup: boolean }) {
  return (
    <>
      {words.map((x, i) => {
        const w = fromWire(x);
        const form = formOf(x, script);
        if (!w.py) return form;
        const variants = w.tw !== undefined || w.hk !== undefined;
        // Marked by the punctuation beside it, as articles are (ruby.nb, ruby.ao in app/globals.css).
        const edge = edgeClass(plainOf(words[i - 1], script), plainOf(words[i + 1], script));
        const cls = popup ? (edge ? `w ${edge}` : 'w') : edge;
        return (
          <ruby
            key={i}
            className={cls || undefined}
            data-w={popup ? w.w : undefined}
            data-s={variants ? w.s : undefined}
            data-t={variants ? (w.tw ?? w.s) : undefined}
          >
            {form}
            <rt>{w.py}</rt>
          </ruby>
        );
      })}
    </>
  );
}

/** One finding: what it replaces, what it proposes, its tier; a button that selects it. */
function FindingButton({
  f,
  i,
  chunk,
  decision,
  selected,
  onSelect,
  script,
}: {
  f: Placed;
  i: number;
  chunk: CheckedChunk;
  decision: Decision | undefined;
  selected: boolean;
  onSelect: (id: number) => void;
  script: Script;
}) {
  const t = useTranslations('Check');
  const tier = tierOf(f.confidence);
  const d = decision;
  return (
    <button
      type="button"
      className="finding"
      data-tier={tier}
      data-decision={d ?? 'pending'}
      aria-expanded={selected}
      aria-label={`${f.text} → ${f.replacement}, ${t(TIER[tier])}, ${d === 'accepted' ? t('accept') : d === 'rejected' ? t('reject') : t('undecided')}`}
      onClick={() => onSelect(f.id)}
    >
      {d !== 'accepted' && (
        <del>
          <Words words={chunk.words.del[i] ?? []} script={script} popup={false} />
        </del>
      )}
      {d !== 'rejected' && (
        <ins>
          <Words words={chunk.words.ins[i] ?? []} script={script} popup={false} />
        </ins>
      )}
      <span className="tier-mark" aria-hidden="true">
        {TIER_MARK[tier]}
      </span>
    </button>
  );
}

const TIER_MARK = { certain: '!', likely: '?', hint: '·' } as const;

interface BlockProps extends ChunkProps {
  block: Block;
  index: number;
  /** Near the screen: rendered in full; else its plain text stands in (lib/check/blocks.ts). */
  live: boolean;
}

const BlockView = memo(function BlockView({
  block,
  index,
  live,
  chunk,
  decisions,
  selected,
  onSelect,
  script,
}: BlockProps) {
  const text = useMemo(
    () => (live ? '' : blockText(block, chunk.words, script)),
    [live, block, chunk.words, script],
  );
  if (!live) return <span data-block={index}>{text}</span>;
  const out: React.ReactNode[] = [];
  let run: WireWord[] = [];
  const flush = () => {
    if (run.length) out.push(<Words key={`w${out.length}`} words={run} script={script} popup />);
    run = [];
  };
  let skip = -1;
  block.items.forEach((item, k) => {
    if (k === skip) return;
    if ('w' in item) {
      run.push(item.w);
      return;
    }
    flush();
    const f = chunk.findings[item.f]!;
    const after = block.items[k + 1];
    // Closing punctuation right after a finding goes with it (a line may break after a button).
    const next = after && 'w' in after ? plainOf(after.w, script) : undefined;
    const punct = noLineStart(next) ? next : undefined;
    const button = (
      <FindingButton
        key={f.id}
        f={f}
        i={item.f}
        chunk={chunk}
        decision={decisions.get(f.id)}
        selected={selected === f.id}
        onSelect={onSelect}
        script={script}
      />
    );
    if (punct === undefined) out.push(button);
    else {
      skip = k + 1;
      out.push(
        <span key={f.id} className="nbw">
          {button}
          {punct}
        </span>,
      );
    }
  });
  flush();
  return (
    <span data-block={index} data-live="">
      {out}
    </span>
  );
}, sameBlockState);

/** Re-render a block only when it comes near or goes, or one of its findings' state changed. */
function sameBlockState(a: BlockProps, b: BlockProps): boolean {
  if (a.live !== b.live || a.block !== b.block || a.script !== b.script) return false;
  if (!a.live) return true;
  return a.block.findings.every((i) => {
    const id = a.chunk.findings[i]!.id;
    return a.decisions.get(id) === b.decisions.get(id) && (a.selected === id) === (b.selected === id);
  });
}

/**
 * One part of the checked text, in blocks: only those within half a screen of the viewport are
 * rendered in full (an IntersectionObserver follows the scrolling), so a 40,000-character part
 * costs a few thousand elements, and pinyin or a decision changes only what is near.
 */
function ChunkView(props: ChunkProps) {
  const { chunk } = props;
  const blocks = useMemo(() => chunkBlocks(chunk.words, shownFindings(chunk.findings)), [chunk]);
  const [live, setLive] = useState<ReadonlySet<number>>(() => new Set());
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const io = new IntersectionObserver(
      (entries) =>
        setLive((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const k = Number((e.target as HTMLElement).dataset.block);
            if (e.isIntersecting) next.add(k);
            else next.delete(k);
          }
          return next;
        }),
      { rootMargin: '400px 0px' },
    );
    ref.current?.querySelectorAll('[data-block]').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [blocks]);
  return (
    <div ref={ref}>
      {blocks.map((b, k) => (
        <BlockView key={k} {...props} block={b} index={k} live={live.has(k)} />
      ))}
    </div>
  );
}
