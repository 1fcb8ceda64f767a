package org.twinningregistry.importexport.report;

/**
 * Hears how far an import has got, and may stop it. The importer calls it on the thread
 * that runs the import: first with the number of rows to go through, once every table is
 * read, then as rows are checked and written; between rows it asks whether to stop, and
 * when so, throws {@link ImportCancelledException}, which rolls the import's one
 * transaction back.
 */
public interface ImportProgress {

	/** Hears nothing and never stops an import. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** The rows of every table of the package, known once they are all read. */
	default void total(long rows) {
	}

	/** More rows checked, and written unless they had an error. */
	default void rowsDone(int rows) {
	}

	/** Whether the import should stop, rolling back what it wrote. */
	default boolean cancelRequested() {
		return false;
	}

}
