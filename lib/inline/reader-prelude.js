// The one inline script of the article page. It runs right after the reader's markup and applies
// the reader's view, script and pinyin choices (from ?view= and localStorage) before first paint,
// so a shared link never flashes the default view. Its SHA-256 is allowed by the
// Content-Security-Policy (scripts/csp-hashes.ts), so it must stay a constant: no per-request or
// per-page data.
export const READER_PRELUDE =
  "(function(){try{var r=document.getElementById('reader');if(!r)return;var p={};try{p=JSON.parse(localStorage.getItem('unspun:reader:v1')||'{}')||{}}catch(e){}" +
  "var v=new URLSearchParams(location.search).get('view');var V=['published','corrected','changes'];" +
  "r.dataset.view=V.indexOf(v)>=0?v:(V.indexOf(p.view)>=0?p.view:'changes');" +
  "if(['s','tw','hk'].indexOf(p.script)>=0)r.dataset.script=p.script;if(p.pinyin===true)r.dataset.pinyin='on';" +
  // Traditional, as components/reader/script-forms.ts does it (the island also tags the language).
  "var S=r.dataset.script;if(S==='tw'||S==='hk')r.querySelectorAll('[data-t]').forEach(function(e){var n=e.firstChild;" +
  "if(!n||n.nodeType!==3)return;e.dataset.s=n.nodeValue;n.nodeValue=S==='hk'&&e.dataset.h||e.dataset.t})}catch(e){}})()";
