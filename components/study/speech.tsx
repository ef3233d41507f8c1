'use client';

import { useEffect, useState } from 'react';

/** A Chinese voice of the browser's speech synthesis, or null where there is none (the buttons then hide). */
export function useChineseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const pick = () => {
      const voices = synth.getVoices();
      setVoice(
        voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ??
          voices.find((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang)) ??
          null,
      );
    };
    pick();
    synth.addEventListener('voiceschanged', pick);
    return () => synth.removeEventListener('voiceschanged', pick);
  }, []);
  return voice;
}

export function speak(text: string, voice: SpeechSynthesisVoice) {
  const synth = window.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.85;
  synth.speak(u);
}

/** A button that speaks `text`; renders nothing without a Chinese voice. */
export function ListenButton({
  text,
  label,
  voice,
  className,
}: {
  text: string;
  label: string;
  voice: SpeechSynthesisVoice | null;
  className?: string;
}) {
  if (!voice || !text) return null;
  return (
    <button
      type="button"
      className={className ? `listen ${className}` : 'listen'}
      aria-label={label}
      title={label}
      onClick={() => speak(text, voice)}
    >
      <span aria-hidden="true">🔊</span>
    </button>
  );
}
