/** The text with each occurrence of `term` marked. */
export function Highlight({ text, term }: { text: string; term: string }) {
  const parts = text.split(term);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && <mark>{term}</mark>}
          {p}
        </span>
      ))}
    </>
  );
}
