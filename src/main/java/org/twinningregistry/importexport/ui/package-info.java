/**
 * The curators' import pages: the spreadsheet template and the exports to download, a
 * form to import a filled workbook or a data package ZIP, and a pairs list uploaded,
 * reconciled, settled and committed.
 */
@NullMarked
package org.twinningregistry.importexport.ui;

import org.jspecify.annotations.NullMarked;
