package org.twinningregistry.importexport.upload;

import java.util.zip.ZipEntry;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.DataPackageSchema;

import static org.twinningregistry.importexport.upload.DataPackageFiles.DOCUMENTS;

/**
 * The layout a ZIP's files must have: at its root or all in one folder, documents in the
 * {@code documents/} folder beside the tables. Directories and system files (macOS's,
 * hidden ones) are skipped.
 */
final class ZipLayout {

	/**
	 * Metadata that archivers and file browsers add (macOS resource forks, hidden files).
	 */
	static boolean isSystemFile(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return path.startsWith("__MACOSX/") || name.startsWith(".");
	}

	/**
	 * The layout a ZIP's files must have: at its root or all in one folder. Directories
	 * and system files (macOS's, hidden ones) are skipped.
	 */

	private @Nullable String folder;

	/**
	 * The entry's file name, or {@code null} for an entry to skip.
	 * @throws MalformedPackageException if it lies in another folder than the files
	 * before it, or deeper
	 */
	@Nullable String fileName(ZipEntry entry) {
		String path = entry.getName();
		if (entry.isDirectory() || isSystemFile(path)) {
			return null;
		}
		int slash = path.lastIndexOf('/');
		String entryFolder = (slash < 0) ? "" : path.substring(0, slash);
		String name = path.substring(slash + 1);
		boolean document = (entryFolder + "/").endsWith("/" + DOCUMENTS) || entryFolder.equals("documents");
		if (document && DataPackageSchema.forFile(name).isEmpty()) {
			// a document, in the documents/ folder beside the tables
			String packageFolder = entryFolder.substring(0, entryFolder.length() - "documents".length());
			packageFolder = packageFolder.endsWith("/") ? packageFolder.substring(0, packageFolder.length() - 1)
					: packageFolder;
			same(packageFolder, path);
			return DOCUMENTS + name;
		}
		same(entryFolder, path);
		return name;
	}

	/** Every file lies in the package's one folder (or its documents/ folder). */
	private void same(String entryFolder, String path) {
		if (entryFolder.contains("/") || (this.folder != null && !this.folder.equals(entryFolder))) {
			throw new MalformedPackageException("import.zip.folders", path);
		}
		this.folder = entryFolder;
	}

	/**
	 * @throws MalformedPackageException if no file was found
	 */
	void requireFiles() {
		if (this.folder == null) {
			throw new MalformedPackageException("import.zip.empty");
		}
	}

}
