/**
 * The style sheet of out/index.html, inlined into it. No fixed widths: the table takes the
 * window's width and its cells wrap, so the page reads at 200% zoom; only a window narrower
 * than the table's longest words scrolls the table (and only the table) sideways. Text and
 * links keep a contrast of at least 7:1 on their backgrounds.
 */
export const INDEX_PAGE_STYLE = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --line: #c4c9cf; --head: #eef1f4; --link: #0b4f96; --visited: #5a2d82; --focus: #0b4f96; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 2rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--text); background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
p { max-width: 48rem; }
a { color: var(--link); }
a:visited { color: var(--visited); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
a abbr { text-decoration: none; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
form { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: end; margin: 1rem 0; padding: 0.75rem 1rem; background: var(--head); border-radius: 4px; }
form[hidden] { display: none; }
form div { display: flex; flex-direction: column; gap: 0.25rem; }
label { font-weight: 600; }
input, select { font: inherit; padding: 0.3rem 0.5rem; border: 1px solid #6b7178; border-radius: 3px; background: #fff; color: var(--text); max-width: 100%; }
#filter-status { margin: 0; flex-basis: 100%; color: var(--muted); }
.table-wrap { overflow-x: auto; position: relative; } /* relative: hidden link text scrolls with the table, not the page */
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--head); border-bottom: 2px solid #6b7178; white-space: nowrap; }
tbody th { font-weight: 400; }
tbody tr.scope th { font-weight: 700; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th button:hover { text-decoration: underline; }
.mark { display: inline-block; width: 1em; text-align: center; color: var(--muted); }
.mark::after { content: "\\2195"; }
th[aria-sort="ascending"] .mark::after { content: "\\25B2"; color: var(--text); }
th[aria-sort="descending"] .mark::after { content: "\\25BC"; color: var(--text); }
.links { display: inline-flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; }
.none { color: var(--muted); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) {
  body { padding: 0.5rem 0.5rem 1.5rem; }
  th, td { padding: 0.35rem 0.3rem; }
  thead th { white-space: normal; font-size: 0.875rem; }
}
`;
