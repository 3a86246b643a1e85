/**
 * The headline facts of the summary page, as sentences: the most severe criminal markets, the
 * most influential actor types, the strongest and weakest resilience indicators, and the largest
 * changes since the previous edition. Chosen by the model (headlineFacts); worded here from the
 * template, so the sentences read the same in every brief and change in one place.
 */
import type { IndicatorFigure } from '../model/buildCountryBrief.js';
import { headlineFacts } from '../model/headlineFacts.js';
import { formatChange, formatScore } from '../present/formatFigures.js';
import { inSentence } from '../present/formatWords.js';
import type { SummarySection } from './briefTemplate.js';
import { listed, text, type LayoutContext } from './layoutContext.js';

/** A sentence names at most this many tied indicators, then "and N more". */
const MOST_NAMED = 2;

function names(context: LayoutContext, section: SummarySection, figures: readonly IndicatorFigure[]): string {
  const named = figures.slice(0, MOST_NAMED).map((f) => inSentence(f.indicator.name));
  if (figures.length > MOST_NAMED) named.push(text(context, section.headline.more, { count: figures.length - MOST_NAMED }));
  return listed(context, named);
}

/** The summary's headline sentences, in reading order. */
export function headlineSentences(context: LayoutContext, section: SummarySection): string[] {
  const { brief } = context;
  const words = section.headline;
  const facts = headlineFacts(brief);
  const sentences: string[] = [];
  const tops = (figures: readonly IndicatorFigure[], pattern: { one: string; many: string }) =>
    text(context, figures.length === 1 ? pattern.one : pattern.many, {
      list: names(context, section, figures),
      score: formatScore(figures[0]!.value),
    });
  sentences.push(tops(facts.markets, words.markets));
  sentences.push(tops(facts.actors, words.actors));

  const [strongest, weakest] = [facts.strongestResilience, facts.weakestResilience];
  sentences.push(
    strongest[0]!.value === weakest[0]!.value
      ? text(context, words.resilience.tied, { score: formatScore(strongest[0]!.value) })
      : text(context, words.resilience.sentence, {
          strongest: tops(strongest, words.resilience.strongest),
          weakest: tops(weakest, words.resilience.weakest),
        }),
  );

  if (brief.previousEdition !== null) {
    const change = (figures: readonly IndicatorFigure[]) => ({
      list: names(context, section, figures),
      change: formatChange(figures[0]!.change),
    });
    const worse = facts.worse.length > 0 ? change(facts.worse) : null;
    const better = facts.better.length > 0 ? change(facts.better) : null;
    const values = {
      ...(worse ? { worse: worse.list, worseChange: worse.change } : {}),
      ...(better ? { better: better.list, betterChange: better.change } : {}),
    };
    const pattern = worse && better ? words.changes.both : worse ? words.changes.worse : better ? words.changes.better : words.changes.none;
    sentences.push(text(context, pattern, values));
  }
  return sentences;
}
