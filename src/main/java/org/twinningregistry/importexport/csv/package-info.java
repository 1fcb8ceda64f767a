/**
 * Reading the data package's CSV files: parsed ahead on a thread of their own, cells
 * checked one by one, rows upserted through the facades' bulk writes a batch at a time.
 */
@NullMarked
package org.twinningregistry.importexport.csv;

import org.jspecify.annotations.NullMarked;
