import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site/SiteHeader';
import { DictionaryCredit } from '@/components/study/DictionaryCredit';
import { htmlLang, routing } from '@/i18n/routing';
import { pageMetadata, SITE_URL } from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  // An unknown locale is a 404 (the layout says so); its metadata is nothing, never an error.
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return {
    metadataBase: new URL(SITE_URL),
    ...pageMetadata(locale, '', t('title'), t('metaDescription')),
    title: { default: t('title'), template: `%s · ${t('name')}` },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <html lang={htmlLang[locale]}>
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('footer')}</p>
          <p className="credit">
            <DictionaryCredit />
          </p>
        </footer>
      </body>
    </html>
  );
}
