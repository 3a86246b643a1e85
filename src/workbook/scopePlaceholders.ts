/**
 * IndexModel + ScopeBrief → the placeholders every sheet of a scope workbook shares: those of
 * its editions (editionPlaceholders) and {name} ("South America"), {scope} (how text names it:
 * "South America", "The world"), {group} (how a header names it: "South America", "World") and
 * {members} (how many countries it has).
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { editionPlaceholders, type EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupName } from '../index/countries.js';

export type ScopePlaceholders = EditionPlaceholders & {
  readonly name: string;
  readonly scope: string;
  readonly group: string;
  readonly members: number;
};

/** How a header names the world: as the country workbooks' "World average" does. */
export function worldGroup(template: WorkbookTemplate): string {
  return template.allCountries.regions.scopes.world;
}

export function scopePlaceholders(model: IndexModel, brief: ScopeBrief, template: WorkbookTemplate): ScopePlaceholders {
  const shared = editionPlaceholders(model, brief.edition, brief.previousEdition, template);
  return {
    ...shared,
    name: groupName(brief.name),
    scope: fillPlaceholders(template.scope.kinds[brief.kind].scope, { name: groupName(brief.name) }),
    group: brief.kind === 'world' ? worldGroup(template) : groupName(brief.name),
    members: brief.members.length,
  };
}
