#!/usr/bin/env bash
# Before the browser tests (npm test → test:e2e): Debian's Chromium and a CJK font must be there.
# As root with apt-get (a fresh Debian machine, CI) they are installed; otherwise this says what
# to run and stops, instead of letting every browser test fail on its own.
set -u
chromium_bin="${CHROME_PATH:-/usr/bin/chromium}"
has_font() { fc-list 2>/dev/null | grep -i 'wenquanyi' >/dev/null; }
if [ -x "$chromium_bin" ] && has_font; then exit 0; fi

need="chromium fonts-wqy-microhei"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing Debian's $need for the browser tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq $need >/dev/null || {
    echo "npm test: apt-get install $need failed" >&2
    exit 1
  }
  [ -x "$chromium_bin" ] && has_font && exit 0
fi
cat >&2 <<MSG
npm test: the browser tests need Debian's Chromium and a CJK font, and they are not installed.
  Install them once:   sudo apt-get install -y $need
  (or point CHROME_PATH at another Chromium), then run npm test again.
  npm run test:unit runs every other test without a browser.
MSG
exit 1
