/** Plain text with any http(s) addresses turned into links that open in a new tab. */
const URL_PATTERN = /(https?:\/\/[^\s;,)]+)/g;

export function SourceText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} target="_blank" rel="noopener noreferrer" className="source-link">
            {part.replace(/^https?:\/\/(www\.)?/, '')}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}
