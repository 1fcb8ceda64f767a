package org.twinningregistry.importexport.csv;

import org.twinningregistry.shared.UpsertOutcome;

/** What an import did with the rows of one file. */
public final class FileTally {

	private final String file;

	private int rows;

	private int created;

	private int updated;

	private int unchanged;

	public FileTally(String file) {
		this.file = file;
	}

	void row() {
		this.rows++;
	}

	void count(UpsertOutcome outcome) {
		switch (outcome) {
			case CREATED -> this.created++;
			case UPDATED -> this.updated++;
			case UNCHANGED -> this.unchanged++;
		}
	}

	public String file() {
		return this.file;
	}

	public int rows() {
		return this.rows;
	}

	public int created() {
		return this.created;
	}

	public int updated() {
		return this.updated;
	}

	public int unchanged() {
		return this.unchanged;
	}

}
