import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const messages = { en, zh } as const;

/** Render with the real UI messages of a locale, as the server does. */
export function renderWithMessages(ui: ReactElement, locale: 'en' | 'zh' = 'en') {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
