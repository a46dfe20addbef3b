import crypto from 'node:crypto';

/**
 * The portal's one stylesheet: system fonts, one column on a phone (360 px), two from 900 px.
 * Served at a path carrying its hash, so it is cached for a year and a change is a new address.
 * Colours keep a contrast of at least 4.5:1 on their backgrounds (axe checks it).
 */
export const portalStylesheet = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1f2937;background:#f8fafc}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#1e3a8a;color:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem;top:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{background:#1e3a8a;color:#fff}
header.site .bar{max-width:72rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between}
header.site a{color:#fff}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.brand small{display:block;font-weight:400;font-size:.85rem;opacity:.95}
nav.languages ul{list-style:none;display:flex;gap:.25rem;margin:0;padding:0;flex-wrap:wrap}
nav.languages a{display:inline-block;padding:.35rem .6rem;border-radius:.3rem;text-decoration:none;min-width:2.75rem;text-align:center}
nav.languages a[aria-current="true"]{background:#fff;color:#1e3a8a;font-weight:700}
main{max-width:72rem;margin:0 auto;padding:1rem}
nav.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0 0 .5rem;font-size:.9rem}
nav.crumbs li+li::before{content:"›";margin-right:.25rem;color:#4b5563}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .75rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:0 0 .75rem}
h3{font-size:1.05rem;margin:.75rem 0 .25rem}
section.card{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.muted{color:#4b5563}
.lead{font-size:1.05rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ul.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:0}
ul.tags li{background:#e0e7ff;color:#1e3a8a;border-radius:1rem;padding:.15rem .7rem;font-size:.9rem}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain>li{padding:.6rem 0;border-top:1px solid #e2e8f0}
ul.plain>li:first-child{border-top:0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:0}
.figures div{background:#f1f5f9;border-radius:.4rem;padding:.6rem}
.figures dt{font-size:.85rem;color:#374151}
.figures dd{margin:0;font-size:1.5rem;font-weight:700;color:#1e3a8a}
.notice{font-size:.85rem;color:#4b5563;font-style:italic}
.badge{display:inline-block;background:#fee2e2;color:#991b1b;border-radius:.3rem;padding:0 .4rem;font-size:.85rem;font-weight:600}
figure.map{margin:0}
figure.map svg{width:100%;height:auto;display:block;background:#dbeafe;border-radius:.4rem}
figure.map figcaption{font-size:.9rem;color:#4b5563;margin-top:.4rem}
.map-sea{fill:#dbeafe}
.map-land{fill:#f4f4f0;stroke:#94a3b8;stroke-width:.5}
.map-home{fill:#fde68a;stroke:#94a3b8;stroke-width:.5}
.map-tie{fill:none;stroke:#b91c1c;stroke-width:4;stroke-linecap:round}
.map-city{fill:#1e3a8a;stroke:#fff;stroke-width:3}
.map-label{font:600 30px system-ui,sans-serif;fill:#111827;paint-order:stroke;stroke:#fff;stroke-width:7px;stroke-linejoin:round}
form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;align-items:end}
form.filters label{display:block;font-weight:600;font-size:.9rem;margin-bottom:.2rem}
form.filters select,form.filters input{width:100%;font:inherit;padding:.45rem;border:1px solid #64748b;border-radius:.3rem;background:#fff;color:#1f2937}
.actions{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}
button{font:inherit;background:#1e3a8a;color:#fff;border:0;border-radius:.3rem;padding:.5rem 1rem;cursor:pointer;min-height:2.75rem}
textarea.code{display:block;width:100%;font:.85rem/1.4 ui-monospace,Menlo,Consolas,monospace;border:1px solid #64748b;border-radius:.3rem;padding:.5rem;margin-top:.25rem;color:#1f2937;background:#f8fafc}
body.embed{background:#fff}
body.embed main{padding:.75rem}
body.embed h1{font-size:1.25rem}
body.embed h2{font-size:1.05rem;margin:.75rem 0 .25rem}
table.progress-table{width:100%;border-collapse:collapse;font-size:.95rem}
table.progress-table th,table.progress-table td{text-align:left;padding:.4rem .3rem;border-top:1px solid #e2e8f0;vertical-align:top}
progress{width:100%;max-width:12rem;height:.8rem;accent-color:#1e3a8a;vertical-align:middle}
footer.site{max-width:72rem;margin:1rem auto 2rem;padding:0 1rem;font-size:.9rem;color:#4b5563}
@media (min-width:900px){.columns{display:grid;grid-template-columns:3fr 2fr;gap:1rem;align-items:start}h1{font-size:2.1rem}}
`
  .trim()
  .replace(/\n/g, '');

export const portalStylesheetPath = `/p/portal.${crypto.createHash('sha256').update(portalStylesheet).digest('hex').slice(0, 12)}.css`;
