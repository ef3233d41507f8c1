import { NextIntlClientProvider, type Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** A namespace of messages/en.json. */
export type Namespace = keyof Messages;

/** The namespaces named, out of all of a locale's messages (what a client island is sent). */
export function pickMessages<N extends Namespace>(
  messages: Messages,
  namespaces: readonly N[],
): Pick<Messages, N> {
  return Object.fromEntries(namespaces.map((n) => [n, messages[n]])) as Pick<Messages, N>;
}

/**
 * The messages of the namespaces named, for the client components inside: they call
 * `useTranslations` themselves. Only these namespaces go into the page (next-intl would otherwise
 * send every message of the locale).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>
  );
}
