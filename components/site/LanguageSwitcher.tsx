'use client';

import { usePathname } from 'next/navigation';

/** A link to the same page in the other locale; keeps the query (e.g. ?view=) and the #anchor. */
export function LanguageSwitcher({
  target,
  label,
  text,
  hrefLang,
}: {
  target: string;
  label: string;
  text: string;
  hrefLang: string;
}) {
  const pathname = usePathname() ?? '/';
  const rest = pathname.replace(/^\/[^/]+/, '');
  const href = `/${target}${rest}`;
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={`${label}: ${text}`}
      onClick={(e) => {
        e.currentTarget.href = href + location.search + location.hash;
      }}
    >
      {text}
    </a>
  );
}
