/**
 * Reading the charts' SVG back in tests: the text a reader sees, a well-formedness check that
 * needs no XML library, and the normalisation snapshots are compared after.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Every piece of text drawn, in document order (a multi-line text gives one entry per tspan). */
export function textsOf(svg: string): string[] {
  const texts: string[] = [];
  for (const [, inner] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const spans = [...inner!.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((m) => m[1]!);
    for (const piece of spans.length > 0 ? spans : [inner!]) texts.push(unescapeXml(piece));
  }
  return texts;
}

/** The texts of one vega-lite layer, by its name (`"name": "change"` → class change_marks), in data order. */
export function textsOfMark(svg: string, mark: string): string[] {
  const group = new RegExp(`<g class="mark-text role-mark ${mark}_marks"[^>]*>([\\s\\S]*?)</g>`).exec(svg);
  if (!group) throw new Error(`no text mark ${mark} in the SVG`);
  return textsOf(group[1]!);
}

/**
 * Throws unless the SVG is well-formed XML: one root <svg> with the SVG namespace, tags
 * balanced, attributes quoted, only the five XML entities or numeric references.
 */
export function checkWellFormed(svg: string): void {
  if (!/^<svg\b[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg)) throw new Error('root is not <svg xmlns="http://www.w3.org/2000/svg">');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let seenRoot = false;
  for (const m of svg.matchAll(token)) {
    const [, closing, name, , selfClosing, text, stray] = m;
    if (stray) throw new Error(`malformed tag at ${m.index}: ${svg.slice(m.index, m.index + 60)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root');
      const bad = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
      if (bad) throw new Error(`unescaped & at ${m.index + bad.index}`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${m.index}`);
    } else if (!selfClosing) {
      if (stack.length === 0 && seenRoot) throw new Error('more than one root element');
      seenRoot = true;
      stack.push(name!);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('> <')}>`);
}

/** Numbers with more than two decimals rounded to two: floating-point noise must not fail a snapshot. */
export function normaliseSvg(svg: string): string {
  const rounded = svg.replace(/-?\d+\.\d{3,}/g, (n) => {
    const fixed = Number(n).toFixed(2);
    return fixed === '-0.00' ? '0.00' : fixed;
  });
  // One element per line, so a snapshot diff points at what changed.
  return `${rounded.replace(/></g, '>\n<')}\n`;
}
