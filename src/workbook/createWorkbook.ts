/**
 * Document properties → an empty exceljs Workbook with title, subject, creator, keywords and
 * dates pinned (exceljs would otherwise stamp the clock into docProps/core.xml).
 */
import type ExcelJS from 'exceljs';
// the class alone, not the package entry (exceljsWorkbook.d.ts says why)
import Workbook from 'exceljs/lib/doc/workbook.js';

export interface DocumentProperties {
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly category: string;
  readonly creator: string;
  readonly date: Date;
}

export function createWorkbook(properties: DocumentProperties): ExcelJS.Workbook {
  const workbook = new Workbook();
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords.join('; ');
  workbook.category = properties.category;
  workbook.creator = properties.creator;
  workbook.lastModifiedBy = properties.creator;
  workbook.created = properties.date;
  workbook.modified = properties.date;
  workbook.calcProperties.fullCalcOnLoad = false;
  return workbook;
}
