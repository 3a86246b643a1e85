/**
 * The profile box of a country page (the lines between "Profile" and the criminality score) →
 * the country name it shows and its facts as numbers: "34,217,848" → 34217848,
 * "USD 289,070 million" → 289070, "1,285,220 km²" → 1285220, "No data" → null.
 *
 * Labels differ by edition ("Gross domestic product (GDP - CURRENT $US MILLION)" in 2025,
 * a GDP with cents in 2023; income group, geography type and GINI only until 2023), so each
 * fact is found by a pattern on its label, and the labels are kept for the layout detection.
 */
import type { Problem } from '../errors.js';
import type { PageLine } from './readPage.js';
import { issuesToProblems, ProfileFacts } from './schemas.js';

export type FactName = keyof ProfileFacts;

export interface BoxEntry {
  readonly fact: FactName;
  readonly label: PageLine;
  readonly value: PageLine;
}

export interface ProfileBox {
  /** The "Profile" line. */
  readonly line: number;
  /** The country the box names: its first line that is no label. */
  readonly name: PageLine | undefined;
  readonly facts: ProfileFacts;
  readonly entries: readonly BoxEntry[];
  /** Lines that are neither the name nor a known label and its value. */
  readonly skipped: readonly PageLine[];
}

const NO_DATA = /^(no data|n\/a)$/i;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/** "34,217,848" → 34217848; "223,249.00" → 223249; undefined when it is no such number. */
function readNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

interface Field {
  readonly fact: FactName;
  readonly label: RegExp;
  /** The value as stored, or undefined when the text is not in the expected form. */
  readonly read: (value: string) => string | number | undefined;
  /** What the value should look like, for the message when it does not. */
  readonly example: string;
}

const text = (value: string) => value;

// In the order ProfileFacts lists them: the stored object follows this order, not the page's.
const FIELDS: readonly Field[] = [
  { fact: 'capital', label: /^capital$/i, read: text, example: 'Lima' },
  { fact: 'population', label: /^population$/i, read: readNumber, example: '34,217,848' },
  {
    fact: 'gdpUsdMillions',
    label: /^(gdp\b|gross domestic product)/i,
    read: (v) => readNumber(/^(?:USD|US\$) ?(\S+) million$/i.exec(v)?.[1] ?? ''),
    example: 'USD 289,070 million',
  },
  { fact: 'areaKm2', label: /^area\b/i, read: (v) => readNumber(/^(\S+) ?(?:km²|km2|sq\.? ?km)$/i.exec(v)?.[1] ?? ''), example: '1,285,220 km²' },
  { fact: 'incomeGroup', label: /^income group$/i, read: text, example: 'Upper middle income' },
  { fact: 'geographyType', label: /^geography( type)?$/i, read: text, example: 'Coastal' },
  { fact: 'gini', label: /^gini( index)?$/i, read: readNumber, example: '40.2' },
];

const fieldOf = (label: string) => FIELDS.find((f) => f.label.test(label));

/** The box's lines (after "Profile", before the first score) → name, facts and entries. */
export function readProfileBox(profileLine: number, lines: readonly PageLine[], problems: Problem[]): ProfileBox {
  const entries: BoxEntry[] = [];
  const skipped: PageLine[] = [];
  let name: PageLine | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const field = fieldOf(line.text);
    if (!field) {
      if (n === 0) name = line;
      else skipped.push(line);
      continue;
    }
    const value = lines[n + 1];
    if (!value || fieldOf(value.text)) {
      problems.push({ at: `line ${line.line} (${line.text})`, message: `no value; expected one such as "${field.example}" or "No data"` });
      continue;
    }
    entries.push({ fact: field.fact, label: line, value });
    n++;
  }
  return { line: profileLine, name, facts: factsOf(entries, problems), entries, skipped };
}

/** Entries → ProfileFacts in schema order, each value read and checked; what cannot be read is a Problem. */
function factsOf(entries: readonly BoxEntry[], problems: Problem[]): ProfileFacts {
  const facts: Record<string, string | number | null> = {};
  const lineOf = new Map<string, BoxEntry>();
  for (const field of FIELDS) {
    const entry = entries.find((e) => e.fact === field.fact);
    if (!entry) continue;
    lineOf.set(field.fact, entry);
    const at = `line ${entry.value.line} (${entry.label.text})`;
    if (NO_DATA.test(entry.value.text)) {
      // The schema has no null capital: a box without one simply has none.
      if (field.fact !== 'capital') facts[field.fact] = null;
      continue;
    }
    const value = field.read(entry.value.text);
    if (value === undefined) problems.push({ at, message: `"${entry.value.text}" is not in the form "${field.example}" (or "No data")` });
    else facts[field.fact] = value;
  }
  const checked = ProfileFacts.safeParse(facts);
  if (checked.success) return checked.data;
  for (const problem of issuesToProblems(checked.error)) {
    const entry = lineOf.get(problem.at);
    problems.push({ at: entry ? `line ${entry.value.line} (${entry.label.text})` : problem.at, message: problem.message });
  }
  return {};
}
