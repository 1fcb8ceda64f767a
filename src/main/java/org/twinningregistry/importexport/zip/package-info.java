/**
 * Writing the data package: the three CSV files and {@code datapackage.json}, streamed
 * into a ZIP.
 */
@NullMarked
package org.twinningregistry.importexport.zip;

import org.jspecify.annotations.NullMarked;
