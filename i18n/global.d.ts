// next-intl's types for this app: `t('Ns.key')` must name a key of messages/en.json (the
// reference; tests/content/messages.test.ts keeps zh.json in step) and a locale must be one of
// i18n/routing.ts.
import type { routing } from './routing';
import type messages from '../messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
