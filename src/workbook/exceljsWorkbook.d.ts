/**
 * exceljs's Workbook class from its own file. The package entry also loads the streaming
 * reader and writer, CSV and their dependencies (~4 MB of heap in each thread that imports
 * it, and a larger worker bundle) that no output here uses. Typed as the entry types it.
 */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
