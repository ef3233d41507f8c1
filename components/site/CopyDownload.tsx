'use client';

import { useState } from 'react';
import { downloadText } from '@/lib/client/files';

/** "Copy" and "Download" buttons for a text computed when pressed (plain UTF-8). */
export function CopyDownload({
  text,
  filename,
  labels,
}: {
  text: () => string;
  filename: string;
  labels: { copy: string; copied: string; download: string };
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      /* clipboard refused: the download button still works */
    }
  }
  return (
    <>
      <button type="button" onClick={copy}>
        {copied ? labels.copied : labels.copy}
      </button>
      <button type="button" onClick={() => downloadText(filename, text())}>
        {labels.download}
      </button>
    </>
  );
}
