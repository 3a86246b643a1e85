/**
 * How words are put together in running text, the same way in every output.
 */

/** "the Netherlands" → "The Netherlands", at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c", with the template's joiners. */
export function listWords(items: readonly string[], joiner = ', ', lastJoiner = ' and '): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(joiner)}${lastJoiner}${items.at(-1)}`;
}

/** "Human trafficking" → "human trafficking": an indicator's name inside a sentence. */
export function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
