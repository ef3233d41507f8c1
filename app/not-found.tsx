import Link from 'next/link';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import './globals.css';

/** Reached only for paths outside every locale (the proxy gives others a locale): both languages. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="not-found">
          <h1>{en.NotFound.title}</h1>
          <p>{en.NotFound.text}</p>
          <p>
            <Link href="/en">{en.NotFound.back}</Link>
          </p>
          <div lang="zh-Hans">
            <h2>{zh.NotFound.title}</h2>
            <p>{zh.NotFound.text}</p>
            <p>
              <Link href="/zh">{zh.NotFound.back}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
