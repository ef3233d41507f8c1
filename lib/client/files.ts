/** Save text as a file the browser downloads. Browser only. */
export function downloadText(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
