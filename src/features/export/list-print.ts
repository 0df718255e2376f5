// The list sheet's page setup, so 导出Excel prints as a document: A4 landscape, scaled to one page wide (as many
// pages tall as the list needs) and the header row repeated on every page. write-excel-file writes the
// orientation itself (`orientation: 'landscape'`, with A4 and margins) but has no option for fit-to-width or print
// titles; its documented extension point, a Feature, adds them to the XML it writes, so no second pass over the
// zip is needed and the schema order is kept by its own helper.
import type { Feature } from 'write-excel-file/browser';
import {
  appendMarkupInsideElement,
  findElement,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** Quotes a sheet name for a formula reference: 'name', an apostrophe doubled. */
function sheetReference(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * Print setup for the sheet named `sheet` (which must have `orientation: 'landscape'`, so that it has a
 * `<pageSetup>` to extend): fit to one page wide, any number tall, and row 1 printed atop every page.
 */
export function printSetup<FileContent>(sheet: string): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          // fitToHeight="0" means "as many pages as needed"; the fit only applies with sheetPr's fitToPage.
          transformElementAttributes: (tagName, attributes, _index, options) =>
            tagName === 'pageSetup' && options.sheet === sheet
              ? { ...attributes, fitToWidth: 1, fitToHeight: 0 }
              : attributes,
          transform: (xml, options) =>
            options.sheet === sheet
              ? insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
                  getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
                  'worksheet',
                )
              : xml,
        },
        'xl/workbook.xml': {
          // Print titles are a workbook-level defined name scoped to the sheet (by its position).
          transform: (xml, sheets) => {
            const index = sheets.findIndex((s) => s.sheet === sheet);
            const names = findElement(xml, 'definedNames');
            if (index < 0 || names === undefined) return xml;
            const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${sanitizeTextContent(
              `${sheetReference(sheet)}!$1:$1`,
            )}</definedName>`;
            return names.selfClosingTag
              ? replaceElement(xml, names, `<definedNames>${titles}</definedNames>`)
              : appendMarkupInsideElement(xml, names, titles);
          },
        },
      },
    },
  };
}
