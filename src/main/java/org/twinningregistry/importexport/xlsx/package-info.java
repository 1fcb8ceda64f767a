/**
 * Spreadsheets: the XLSX template with a sheet per table and drop-down lists of the
 * codes, the registry exported as a workbook, and filled workbooks read back sheet by
 * sheet into the rows the CSV import checks.
 */
@NullMarked
package org.twinningregistry.importexport.xlsx;

import org.jspecify.annotations.NullMarked;
