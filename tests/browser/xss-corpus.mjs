// A corpus of hostile inputs for tests/browser/xss.test.mjs, generated from families (a
// spelling, a sink, a scheme encoding...) rather than typed one by one, so a fix has to hold
// for the class and not for the examples. Every vector, if it ever works, does something the
// test watches for: it calls the trap `xss(ID)` (defined in every frame of the page), opens a
// dialog, navigates, or asks for a URL outside the site under test (`/hit-ID`), so a success
// names the vector that got through.

/** Placeholders in templates: the trap call, a dialog call, and an outside address. */
const P = '$P';
const A = '$A';
const O = '$O';

/** Ways of writing the word `javascript:` that browsers still read as the scheme. */
const hex = (s, pad = 0, semi = true) =>
  [...s].map((c) => `&#x${c.charCodeAt(0).toString(16).padStart(pad, '0')}${semi ? ';' : ''}`).join('');
const dec = (s, pad = 0, semi = true) =>
  [...s].map((c) => `&#${String(c.charCodeAt(0)).padStart(pad, '0')}${semi ? ';' : ''}`).join('');

const SCHEMES = [
  ['lower', `javascript:${P}`],
  ['upper', `JAVASCRIPT:${P}`],
  ['mixed-case', `JaVaScRiPt:${P}`],
  ['leading-space', ` javascript:${P}`],
  ['leading-tab-newline', `\t\njavascript:${P}`],
  ['leading-entity-control', `&#x01;javascript:${P}`],
  ['leading-entity-space', `&#32;javascript:${P}`],
  ['split-tab', `java\tscript:${P}`],
  ['split-tab-entity', `java&#x09;script:${P}`],
  ['split-newline-entity', `java&#x0A;script:${P}`],
  ['split-cr-entity', `java&#13;script:${P}`],
  ['split-named-tab', `java&Tab;script:${P}`],
  ['split-named-newline', `java&NewLine;script:${P}`],
  ['first-letter-decimal', `&#106;avascript:${P}`],
  ['first-letter-hex', `&#x6A;avascript:${P}`],
  ['all-decimal', `${dec('javascript:')}${P}`],
  ['all-hex', `${hex('javascript:')}${P}`],
  ['all-decimal-no-semicolon', `${dec('javascript:', 0, false)}${P}`],
  ['all-hex-no-semicolon', `${hex('javascript:', 0, false)}${P}`],
  ['zero-padded-decimal', `${dec('javascript:', 7, false)}${P}`],
  ['zero-padded-hex', `${hex('javascript:', 6, true)}${P}`],
  ['named-colon', `javascript&colon;${P}`],
  ['decimal-colon', `javascript&#58;${P}`],
  ['hex-colon', `javascript&#x3a;${P}`],
  ['percent-scheme', `%6A%61%76%61%73%63%72%69%70%74:${P}`],
  ['percent-body', `javascript:%78%73%73%28$ID%29`],
  ['comment-newline', `javascript://x@y%0a${P}`],
  ['comment-entity-newline', `javascript://%0d%0a${P}`],
  ['vbscript', `vbscript:${P}`],
  ['data-html', `data:text/html,<script>${P}</script>`],
  ['data-html-upper', `DATA:text/html,<script>${P}</script>`],
  ['data-base64', 'data:text/html;base64,$B64'],
  ['data-svg', `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${P}'/>`],
];

/** Where a URL can go: HTML sinks and Markdown's own link forms. */
const URL_SINKS = [
  ['a-quoted', (u) => `<a href="${u}">click me</a>`],
  ['markdown-link', (u) => `[click me](${u.replace(/ /g, '%20')})`],
  ['a-unquoted', (u) => `<a href=${u.replace(/[\s]/g, '')}>click me</a>`],
  ['iframe-src', (u) => `<iframe src="${u}"></iframe>`],
  ['form-action', (u) => `<form action="${u}"><button>send</button></form>`],
  ['button-formaction', (u) => `<form><button formaction="${u}">send</button></form>`],
  ['object-data', (u) => `<object data="${u}"></object>`],
  ['embed-src', (u) => `<embed src="${u}">`],
  ['area-href', (u) => `<map name=m><area shape=rect coords=0,0,9,9 href="${u}"></map>`],
  ['markdown-angle', (u) => `[click me](<${u}>)`],
  ['markdown-reference', (u) => `[click me][evil]\n\n[evil]: ${u.replace(/ /g, '%20')}`],
  ['markdown-autolink', (u) => `<${u.replace(/\s/g, '')}>`],
  ['markdown-image', (u) => `![click me](${u.replace(/ /g, '%20')})`],
  ['markdown-title', (u) => `[click me](${u.replace(/ /g, '%20')} "a title")`],
];

/** Elements that run a handler by themselves, or as soon as the test focuses, hovers or opens them. */
const HANDLERS = [
  ['img-onerror', (h) => `<img src=x ${h('onerror')}>`],
  ['svg-onload', (h) => `<svg ${h('onload')}></svg>`],
  ['body-onload', (h) => `<body ${h('onload')}>`],
  ['details-ontoggle', (h) => `<details open ${h('ontoggle')}><summary>more</summary>x</details>`],
  ['video-onerror', (h) => `<video src=x ${h('onerror')}></video>`],
  ['audio-onerror', (h) => `<audio src=x ${h('onerror')}></audio>`],
  ['source-onerror', (h) => `<video><source src=x ${h('onerror')}></video>`],
  ['marquee-onstart', (h) => `<marquee ${h('onstart')}>moving</marquee>`],
  ['input-autofocus', (h) => `<input autofocus ${h('onfocus')}>`],
  ['div-onmouseover', (h) => `<div ${h('onmouseover')}>hover me</div>`],
  ['a-onfocus', (h) => `<a href="#x" ${h('onfocus')}>focus me</a>`],
  ['iframe-onload', (h) => `<iframe ${h('onload')}></iframe>`],
  ['style-onload', (h) => `<style ${h('onload')}></style>`],
  ['p-onclick', (h) => `<p ${h('onclick')}>click me</p>`],
];

/** Spellings of one attribute that parsers accept. */
const ATTRIBUTE_SPELLINGS = [
  ['plain', (n) => `${n}=${P}`],
  ['upper', (n) => `${n.toUpperCase()}=${P}`],
  ['quoted', (n) => `${n}="${A}"`],
  ['slash', (n) => `/${n}=${P}`],
  ['entity-value', (n) => `${n}="${dec('x')}ss($ID)"`],
];

const SCRIPT_SPELLINGS = [
  `<script>${P}</script>`,
  `<SCRIPT>${P}</SCRIPT>`,
  `<ScRiPt>${P}</sCrIpT>`,
  `<script >${P}</script >`,
  `<script/x>${P}</script>`,
  `<script\n>${P}</script\n>`,
  `<script type="text/javascript">${P}</script>`,
  `<script type=module>${P}</script>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<<script>${P}//<</script>`,
  `<script src="data:text/javascript,${P}"></script>`,
  `<script>/*</script>*/${A}</script>`,
  `<svg><script>${P}</script></svg>`,
  `<svg><script href="data:text/javascript,${P}"/></svg>`,
];

const MUTATION = [
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
  `<svg><style><img src=x onerror=${P}></style></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${P}&gt;">`,
  `<svg></p><style><a id="</style><img src=1 onerror=${P}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${P}>`,
  `<title><img src=x onerror=${P}></title>`,
  `<textarea></textarea><img src=x onerror=${P}>`,
  `<textarea><img title="</textarea><img src=x onerror=${P}>">`,
  `<template><img src=x onerror=${P}></template>`,
  `<iframe><img src=x onerror=${P}></iframe>`,
  `<noembed><img title="</noembed><img src=x onerror=${P}>">`,
  `<noframes><img title="</noframes><img src=x onerror=${P}>">`,
  `<xmp><img title="</xmp><img src=x onerror=${P}>">`,
  `<style><img title="</style><img src=x onerror=${P}>">`,
  `<!--><img src=x onerror=${P}>-->`,
  `<!-- --!><img src=x onerror=${P}> -->`,
  `<![CDATA[><img src=x onerror=${P}>]]>`,
  `<select><style></select><img src=x onerror=${P}></style>`,
  `<table><td><style></table><img src=x onerror=${P}></style>`,
  `<a title="&lt;/a&gt;&lt;img src=x onerror=${P}&gt;">x</a>`,
  `<div id="x"></div><img src=x onerror=${P} id="`,
  `<img src="x` + '`' + ` onerror=${P}` + '`' + `>`,
];

const SVG_MATH = [
  `<svg><a xlink:href="javascript:${P}"><text x=20 y=20>click me</text></a></svg>`,
  `<svg><a href="javascript:${P}"><text x=20 y=20>click me</text></a></svg>`,
  `<svg><a><animate attributeName=href values="javascript:${P}"/><text x=20 y=20>click me</text></a></svg>`,
  `<svg><a><set attributeName=href to="javascript:${P}"/><text x=20 y=20>click me</text></a></svg>`,
  `<svg><animate onbegin=${P} attributeName=x dur=1s></svg>`,
  `<svg><set onbegin=${P} attributeName=x to=1></svg>`,
  `<svg><image href=x onerror=${P} /></svg>`,
  `<svg><foreignObject><img src=x onerror=${P}></foreignObject></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${P}'/></svg>#x"/></svg>`,
  `<math href="javascript:${P}">click me</math>`,
  `<math><mi xlink:href="javascript:${P}">click me</mi></math>`,
  `<math><maction actiontype=statusline xlink:href="javascript:${P}">click me</maction></math>`,
  `<math><a href="javascript:${P}">click me</a></math>`,
  `<math><annotation-xml encoding="text/html"><img src=x onerror=${P}></annotation-xml></math>`,
];

const DOCUMENT_LEVEL = [
  `<base href="javascript:${P}//"><a href="x">click me</a>`,
  `<base href="${O}/"><a href="x">click me</a><img src="y.png">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<meta http-equiv="refresh" content="0; url=${O}">`,
  `<meta http-equiv=refresh content="1;URL='${O}'">`,
  `<form action="javascript:${P}"><input type=submit value=send></form>`,
  `<form id=f></form><button form=f formaction="javascript:${P}">send</button>`,
  `<isindex type=image src=1 onerror=${P}>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<link rel=import href="data:text/html,<script>${P}</script>">`,
  `<iframe srcdoc="&lt;script&gt;${P}&lt;/script&gt;"></iframe>`,
  `<iframe srcdoc="<img src=x onerror=${P}>"></iframe>`,
  `<iframe src="javascript:${P}"></iframe>`,
  `<div style="background:url(javascript:${P})">styled</div>`,
  `<div style="width:expression(${P})">styled</div>`,
  `<style>@import 'javascript:${P}';</style>`,
  `<div style="behavior:url(${O}.htc)">styled</div>`,
];

const MARKDOWN = [
  `[click me](javascript:${P} "title")`,
  `[click me](http://ok.invalid/ "a\\" onmouseover=\\"${P}")`,
  `[click me](http://ok.invalid/ 'a\\' onmouseover=\\'${P}')`,
  `![x" onerror="${P}](x.png)`,
  `![x](x.png "\\"onerror=\\"${P}")`,
  `[click me](\njavascript:${P})`,
  `[<img src=x onerror=${P}>](http://ok.invalid/)`,
  `[click me](java%0ascript:${P})`,
  `<a href="http://ok.invalid/" title='x' onmouseover='${A}'>x</a>`,
  `Footnote[^e].\n\n[^e]: <img src=x onerror=${P}>`,
  `| a | b |\n|---|---|\n| <img src=x onerror=${P}> | [c](javascript:${P}) |`,
  `> <details open ontoggle=${P}>quoted</details>`,
  `- [click me](javascript:${P})\n  - ![x](javascript:${P})`,
  `## <img src=x onerror=${P}> heading`,
  `[click me]: javascript:${P}\n\n[click me]`,
];

/** Things that, if they survive, make the reader's browser call somewhere else. */
const OUTSIDE = [
  `<img src=${O}>`,
  `<img src="//evil.invalid/hit-$ID">`,
  `<img srcset="${O} 1x">`,
  `<picture><source srcset="${O}"><img alt=x></picture>`,
  `<link rel=stylesheet href="${O}.css">`,
  `<link rel=stylesheet href="//evil.invalid/hit-$ID">`,
  `<link rel=preload as=image href="${O}">`,
  `<video poster="${O}"></video>`,
  `<input type=image src="${O}">`,
  `<audio src="${O}"></audio>`,
  `<iframe src="${O}"></iframe>`,
  `<object data="${O}"></object>`,
  `<embed src="${O}">`,
  `<style>@import '${O}.css';</style>`,
  `<style>body{background:url(${O})}</style>`,
  `<div style="background-image:url(${O})">styled</div>`,
  `<svg><image href="${O}" /></svg>`,
  `<table background="${O}"><tr><td>x</td></tr></table>`,
  `![outside](${O})`,
  `![outside](//evil.invalid/hit-$ID)`,
  `<a ping="${O}" href="#x">click me</a>`,
];

/** Every vector: {id, family, name, text}, with its placeholders filled in for its id. */
export function corpus() {
  const raw = [];
  const add = (family, name, template) => raw.push({ family, name, template });
  SCRIPT_SPELLINGS.forEach((t, i) => add('script-tag', `spelling-${i}`, t));
  for (const [el, make] of HANDLERS) {
    for (const [sp, attr] of ATTRIBUTE_SPELLINGS) add('event-handler', `${el}/${sp}`, make(attr));
  }
  for (const [sink, make] of URL_SINKS) add('url-scheme', `${sink}/lower`, make(SCHEMES[0][1]));
  for (const [i, [scheme, u]] of SCHEMES.entries()) {
    if (i === 0) continue;
    const sinks = [URL_SINKS[0], URL_SINKS[1], URL_SINKS[2 + (i % (URL_SINKS.length - 2))]];
    for (const [sink, make] of sinks) add('url-scheme', `${sink}/${scheme}`, make(u));
  }
  MUTATION.forEach((t, i) => add('mutation', `mxss-${i}`, t));
  SVG_MATH.forEach((t, i) => add('svg-mathml', `svg-math-${i}`, t));
  DOCUMENT_LEVEL.forEach((t, i) => add('document-level', `doc-${i}`, t));
  MARKDOWN.forEach((t, i) => add('markdown', `md-${i}`, t));
  OUTSIDE.forEach((t, i) => add('outside-request', `outside-${i}`, t));
  // Bare addresses, for the fields that hold a URL (and, in text, harmless words).
  for (const [scheme, u] of SCHEMES) add('bare-url', scheme, u);
  for (const u of [O, `//evil.invalid/hit-$ID`, `http://127.0.0.1:9/hit-$ID"><img src=x onerror=${P}>`]) add('bare-url', 'outside', u);
  return raw.map((v, id) => ({ id, family: v.family, name: v.name, text: fill(v.template, id) }));
}

function fill(template, id) {
  return template
    .replaceAll('$B64', Buffer.from(`<script>xss(${id})</script>`).toString('base64'))
    .replaceAll('$P', `xss(${id})`)
    .replaceAll('$A', `alert(${id})`)
    .replaceAll('$O', `http://127.0.0.1:9/hit-${id}`)
    .replaceAll('$ID', String(id));
}

/** The vector a fired trap, dialog or outside request names, if any. */
export function vectorOf(text) {
  let s = String(text);
  const b64 = /base64,([A-Za-z0-9+/=]+)/.exec(s);
  if (b64) s += Buffer.from(b64[1], 'base64').toString();
  const m = /hit-(\d+)|xss\((\d+)\)|^(\d+)$/.exec(s);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
}
