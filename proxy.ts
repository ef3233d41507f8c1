import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/** Locale negotiation: `/` goes to the visitor's preferred locale; paths without a locale get one. */
export default createMiddleware(routing);

export const config = {
  // Everything except Next internals and files with an extension (robots.txt, images, …).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
