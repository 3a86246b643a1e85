/**
 * What every section of a regional, continental or world brief gets: the shared section context
 * (flow, charts, placeholder values), the scope template and the words both kinds of brief share
 * (templates/brief.json), the model and the scope brief.
 */
import { groupInOf, groupInSentence, groupName } from '../index/countries.js';
import { editionPublished } from '../index/editions.js';
import { indicatorsOf } from '../index/taxonomy.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { capitalise, listWords } from '../present/formatWords.js';
import { currentLang } from '../present/locale.js';
import { fillText, type BriefTemplate } from './briefTemplate.js';
import type { SectionContext } from './layoutContext.js';
import type { ScopeTemplate } from './scopeTemplate.js';

export interface ScopeLayoutContext extends SectionContext {
  readonly template: ScopeTemplate;
  /** List joiners, dates, quadrant names: the words country and scope briefs share. */
  readonly common: BriefTemplate;
  readonly model: IndexModel;
  readonly brief: ScopeBrief;
}

/** The placeholder values every scope template string may use. */
export function scopeValues(template: ScopeTemplate, common: BriefTemplate, model: IndexModel, brief: ScopeBrief): Record<string, string | number> {
  const count = (component: string) => indicatorsOf(brief.edition).filter((i) => i.component === component).length;
  // "South America", "the Americas", "the world", "el mundo"
  const nameIn = groupInSentence(brief.name);
  const published = editionPublished(brief.edition);
  const edition = model.editions.get(brief.edition)!;
  const values: Record<string, string | number> = {
    name: groupName(brief.name),
    nameIn,
    inName: groupInOf(brief.name).in,
    ofName: groupInOf(brief.name).of,
    NameIn: capitalise(nameIn),
    // a heading names the scope without an article in Spanish and French ("Amérique du Sud")
    nameTitle: currentLang() === 'en' ? capitalise(nameIn) : groupName(brief.name),
    ...(brief.continent === null ? {} : { continent: groupName(brief.continent), continentIn: groupInSentence(brief.continent) }),
    memberCount: brief.members.length,
    countryCount: edition.scores.countries.size,
    regionCount: brief.subgroups.filter((g) => g.kind === 'region').length,
    peers: template.kinds[brief.kind].peers,
    edition: brief.edition,
    ...(brief.previousEdition === null ? {} : { previousEdition: brief.previousEdition }),
    editions: listWords(
      brief.history.map((point) => String(point.edition)),
      common.listJoiner,
      common.listLastJoiner,
    ),
    ...(published === null ? {} : { published: fillText(published.day ? common.dates.day : common.dates.month, { date: published.date }) }),
    indicatorCount: indicatorsOf(brief.edition).length,
    marketCount: count('markets'),
    actorCount: count('actors'),
    resilienceCount: count('resilience'),
  };
  return { ...values, marked: fillText(template.kinds[brief.kind].marked, values) };
}
