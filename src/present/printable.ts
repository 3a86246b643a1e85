/**
 * Text from outside (a page, a workbook cell, a file name, a command-line argument) → text that
 * is safe to show: no terminal escape sequences (which recolour, move the cursor, retitle the
 * window or hide what follows) and no control characters. Used for the page text that reaches
 * a brief, and for everything the commands echo to the console.
 */

/**
 * ECMA-48 escape sequences: CSI ("ESC [" or the 8-bit U+009B) with its parameters, OSC / DCS /
 * PM / APC strings up to their terminator (an unterminated one loses only its introducer), and
 * the two- and three-character ESC sequences.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters and escape sequences is the point
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u009d\u009e\u009f])[^\u0007\u001b\u009c\n]{0,1024}(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-~]?/g;

/** C0 and C1 controls and DEL, except tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters and escape sequences is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Characters that are invisible in print but change how text reads or breaks: bidirectional
 * overrides and isolates (which can make text display in another order than it is stored),
 * zero-width spaces and joiners, the byte-order mark, the soft hyphen. No font of the brief
 * draws them.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export interface Stripped {
  readonly text: string;
  /** Escape sequences removed. */
  readonly escapes: number;
  /** Control and invisible characters removed (outside escape sequences). */
  readonly controls: number;
}

/**
 * Removes escape sequences, control characters (but tab, newline and carriage return) and
 * invisible formatting characters, counting what it removed so the caller can say so.
 * Vertical tabs and form feeds become line breaks: a page copied across printed pages has them
 * between paragraphs.
 */
export function stripControls(text: string): Stripped {
  let escapes = 0;
  let controls = 0;
  const cleaned = text
    .replace(ESCAPE_SEQUENCE, () => {
      escapes++;
      return '';
    })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters and escape sequences is the point
    .replace(/[\u000b\u000c]/g, '\n')
    .replace(CONTROL, () => {
      controls++;
      return '';
    })
    .replace(INVISIBLE, () => {
      controls++;
      return '';
    });
  return { text: cleaned, escapes, controls };
}

/** What may be written to a terminal: lines kept, escape sequences and other controls removed. */
export function printable(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, '')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}
