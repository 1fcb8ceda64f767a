/**
 * The imports page: the spreadsheet template and the exports to download, and a form with
 * which a curator imports a filled workbook or a data package ZIP.
 */
@NullMarked
package org.twinningregistry.importexport.ui;

import org.jspecify.annotations.NullMarked;
