package org.twinningregistry.importexport.csv;

/**
 * A file that is not CSV at all (an unterminated quote, say): no row of it can be read.
 */
public class MalformedCsvException extends RuntimeException {

	private final String file;

	private final long line;

	public MalformedCsvException(String file, long line, String reason, Throwable cause) {
		super(reason, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

}
