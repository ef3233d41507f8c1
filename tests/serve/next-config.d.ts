// next.config.js is plain JavaScript (Next.js loads it with Node); its type for the tests.
declare module '@/next.config.js' {
  const config: import('next').NextConfig;
  export default config;
}
