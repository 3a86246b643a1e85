/**
 * A page's decoded text → the text the page reader reads: HTML markup pasted with the copy
 * removed (block elements become line breaks, so `<p>…</p>` keeps each paragraph on its own
 * line; scripts and styles go with their content; entities are decoded), and control characters
 * and terminal escape codes removed. What was removed is counted, for the import's output:
 * nothing is dropped silently.
 */
import { stripControls } from '../present/printable.js';

export interface CleanedPage {
  readonly text: string;
  /** One line per kind of thing removed: "removed 56 HTML tags (<p>, </p>)". */
  readonly notes: readonly string[];
}

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'html',
  'head',
  'body',
  'title',
  'form',
  'address',
  'details',
  'summary',
]);
const INLINE = new Set([
  'a',
  'span',
  'b',
  'i',
  'u',
  's',
  'em',
  'strong',
  'small',
  'sup',
  'sub',
  'abbr',
  'cite',
  'code',
  'q',
  'mark',
  'font',
  'center',
  'img',
  'td',
  'th',
  'label',
  'button',
  'time',
  'meta',
  'link',
  'wbr',
  'ins',
  'del',
  'svg',
  'path',
  'g',
  'picture',
  'source',
  'input',
]);

/** No tag of a pasted page comes near this: a longer "<…>" is prose using "<", not markup. */
const MAX_TAG = 2_000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  egrave: 'è',
  agrave: 'à',
  ecirc: 'ê',
  ocirc: 'ô',
  atilde: 'ã',
  otilde: 'õ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Cuts each span from a match of `open` to the next match of `close` (a comment, a script, a
 * style), calling `cut` for each; a span that is never closed runs to the end. Linear: each
 * search starts where the previous one stopped.
 */
function cutSpans(text: string, open: RegExp, close: (start: RegExpExecArray) => RegExp, cut: (start: RegExpExecArray) => void): string {
  let out = '';
  let from = 0;
  open.lastIndex = 0;
  for (let start = open.exec(text); start; start = open.exec(text)) {
    out += `${text.slice(from, start.index)}\n`;
    cut(start);
    const end = close(start);
    end.lastIndex = open.lastIndex;
    const found = end.exec(text);
    from = found ? end.lastIndex : text.length;
    open.lastIndex = from;
    if (!found) break;
  }
  return out + text.slice(from);
}

/** Removes HTML markup when the text has any; says what it removed. A scanner: linear in the text. */
function stripMarkup(text: string): { text: string; note?: string } {
  if (!text.includes('<')) return { text };
  const names = new Map<string, number>();
  let count = 0;
  const counted = (shown: string) => {
    count++;
    names.set(shown, (names.get(shown) ?? 0) + 1);
  };
  let rest = cutSpans(
    text,
    /<(script|style)\b/gi,
    (m) => new RegExp(`</${m[1]}\\s*>`, 'gi'),
    (m) => counted(`<${m[1]!.toLowerCase()}>`),
  );
  rest = cutSpans(
    rest,
    /<!--/g,
    () => /-->/g,
    () => count++,
  );
  let out = '';
  let from = 0;
  // the next ">" and "<" at or after the one looked at: found once each, as `at` only moves on
  let end = -1;
  let next = -1;
  for (let at = rest.indexOf('<'); at >= 0; at = next) {
    if (end !== Infinity && end < at) {
      const found = rest.indexOf('>', at);
      end = found < 0 ? Infinity : found;
    }
    next = rest.indexOf('<', at + 1);
    const tag = /^<(\/?)([a-z][a-z0-9]*|!doctype)\b/i.exec(rest.slice(at, at + 12));
    if (!tag || end === Infinity || end - at > MAX_TAG || (next >= 0 && next < end)) continue;
    const name = tag[2]!.toLowerCase();
    const block = BLOCK.has(name) || name === '!doctype';
    if (!block && !INLINE.has(name)) continue; // "<5 years" or another use of "<" in prose
    counted(name === '!doctype' ? '<!doctype>' : `<${tag[1]}${name}>`);
    out += rest.slice(from, at) + (block ? '\n' : '');
    from = end + 1;
  }
  if (count === 0) return { text };
  const stripped = decodeEntities(out + rest.slice(from));
  const kinds = [...names.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name]) => name);
  return { text: stripped, note: `removed ${count} HTML tag${count === 1 ? '' : 's'} pasted with the text (${kinds.join(', ')}${names.size > 6 ? ', …' : ''})` };
}

/** Decoded page text → clean text and what was removed. */
export function cleanPageText(text: string): CleanedPage {
  const notes: string[] = [];
  const markup = stripMarkup(text);
  if (markup.note) notes.push(markup.note);
  const controls = stripControls(markup.text);
  if (controls.escapes > 0) notes.push(`removed ${controls.escapes} terminal escape sequence${controls.escapes === 1 ? '' : 's'}`);
  if (controls.controls > 0) notes.push(`removed ${controls.controls} control or invisible formatting character${controls.controls === 1 ? '' : 's'}`);
  // Non-breaking and other wide spaces print as spaces; the reader splits and compares on plain ones.
  return { text: controls.text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' '), notes };
}
