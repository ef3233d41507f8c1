import 'server-only';
import { getMessages } from 'next-intl/server';
import type { PracticeLabels } from './labels';

/** The "Practice" namespace as the client component's labels (raw: placeholders are filled in the browser). */
export async function practiceLabels(): Promise<PracticeLabels> {
  const messages = (await getMessages()) as unknown as { Practice: PracticeLabels };
  return messages.Practice;
}
