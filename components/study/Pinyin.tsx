import { Fragment } from 'react';
import { toneOf } from '@/lib/dictionary/pinyin';

/**
 * Tone-marked pinyin with each syllable classed by tone (t1–t5). Colours apply only when the
 * learner turns them on (html[data-tones='on'], see useTonePreference); the marks always stay.
 */
export function Pinyin({ text, className }: { text: string; className?: string }) {
  const syllables = text.split(' ');
  return (
    <span className={className ? `py ${className}` : 'py'}>
      {syllables.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className={`t${toneOf(s)}`}>{s}</span>
        </Fragment>
      ))}
    </span>
  );
}
