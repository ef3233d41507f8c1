import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';

/**
 * A link within the visitor's locale. Server-rendered on purpose: next-intl's client Link needs
 * its client provider (and messages) in the browser, which these pages otherwise do without.
 */
export function LocaleLink({
  href,
  document,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string; document?: boolean }) {
  const locale = useLocale();
  const to = `/${locale}${href === '/' ? '' : href}`;
  // Article pages load as whole documents: their prerendered text is not in the client router's
  // payload (components/site/StaticHtml.tsx).
  if (document) return <a href={to} {...(rest as ComponentProps<'a'>)} />;
  return <NextLink href={to} {...rest} />;
}
