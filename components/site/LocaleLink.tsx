import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';

/**
 * A link within the visitor's locale. Server-rendered on purpose: next-intl's client Link needs
 * its client provider (and messages) in the browser, which these pages otherwise do without.
 */
export function LocaleLink({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string }) {
  const locale = useLocale();
  return <NextLink href={`/${locale}${href === '/' ? '' : href}`} {...rest} />;
}
