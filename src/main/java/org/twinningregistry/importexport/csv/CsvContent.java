package org.twinningregistry.importexport.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one CSV file, which can be read from the start as often as asked: bytes in
 * memory, a file on disk or an entry of a ZIP file.
 */
@FunctionalInterface
public interface CsvContent {

	/** A new stream of the file's bytes, from the start; the caller closes it. */
	InputStream open() throws IOException;

}
