/**
 * Reading the data package's CSV files: cells checked one by one, rows upserted through
 * the facades.
 */
@NullMarked
package org.twinningregistry.importexport.csv;

import org.jspecify.annotations.NullMarked;
