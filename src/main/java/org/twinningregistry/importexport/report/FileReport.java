package org.twinningregistry.importexport.report;

import java.io.Serializable;

/**
 * What an import did with one file's rows. In a dry run or a rejected import these are
 * the outcomes the rows would have had; nothing was written.
 *
 * @param file the file name
 * @param rows the data rows read
 * @param created rows that were new
 * @param updated rows that changed a record
 * @param unchanged rows equal to the record already there
 */
public record FileReport(String file, int rows, int created, int updated, int unchanged) implements Serializable {

}
