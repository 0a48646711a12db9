/** The product mark, drawn inline so it shows without an emoji font. */
export function MicroscopeIcon({ size = 12 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-1px' }}
    >
      <path
        fill="currentColor"
        d="M9 2h4v2h-1v7.2a4 4 0 0 1-2 0V4H9V2Zm1 10.5a2 2 0 1 1 0 .01V12.5ZM15 9.5a6.5 6.5 0 0 1 2.9 11.5H20v2H4v-2h9a4.5 4.5 0 0 0 1.9-8.6l.1-2.9ZM6 18h6v2H6v-2Z"
      />
    </svg>
  );
}
