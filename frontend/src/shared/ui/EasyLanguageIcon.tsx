/**
 * Pictogram for Leichte Sprache, drawn for this app: a reader above an open book. It is decorative next to its
 * visible text label, so assistive technology skips it (the link is named by the text).
 */
export function EasyLanguageIcon({ size = 24 }: { size?: number }) {
  return (
    <svg
      className="easy-language-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="5" r="3" fill="currentColor" />
      <path
        d="M2 10.5c3.6-.6 7 .2 10 2.2 3-2 6.4-2.8 10-2.2v10c-3.6-.6-7 .2-10 2.2-3-2-6.4-2.8-10-2.2z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path d="M12 12.7v9.5" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
