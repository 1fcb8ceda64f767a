package org.twinningregistry.importexport.upload;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.csv.CsvContent;
import org.twinningregistry.importexport.format.DataPackageSchema;

/**
 * The files of a data package to import: the CSV tables by file name, and the names of
 * any files that do not belong in a package (an error of the import).
 * {@code datapackage.json} and a README are allowed and not read. An upload's files are
 * copied into a temporary folder of their own as they arrive, a small buffer at a time
 * (never held in memory), and read from there; closing deletes the folder. The files of a
 * folder or ZIP file on disk are read from disk as the import goes.
 *
 * @param tables the content of {@code governments.csv}, {@code agreements.csv} and
 * {@code engagements.csv}, whichever are present
 * @param unknownFiles names of files that are none of these
 * @param folder the temporary folder the tables were copied into, which {@link #close()}
 * deletes; {@code null} when they are read from memory or from where they lie
 * @param documents the files of the {@code documents/} folder beside the tables, by their
 * path in the package ({@code documents/d-1-agreement.pdf}), which {@code documents.csv}
 * names
 */
public record DataPackageFiles(Map<String, CsvContent> tables, List<String> unknownFiles, @Nullable Path folder,
		Map<String, CsvContent> documents) implements AutoCloseable {

	/** The folder of a package's documents, beside its tables. */
	public static final String DOCUMENTS = "documents/";

	public DataPackageFiles {
		tables = Map.copyOf(tables);
		unknownFiles = List.copyOf(unknownFiles);
		documents = Map.copyOf(documents);
	}

	public DataPackageFiles(Map<String, CsvContent> tables, List<String> unknownFiles) {
		this(tables, unknownFiles, null, Map.of());
	}

	/**
	 * The files of an uploaded ZIP archive, at its root or in one folder, unpacked into a
	 * temporary folder; the caller closes them. Their total unpacked size is
	 * {@code registry.import.max-unpacked-size} at most, counted as they are unpacked.
	 * @throws MalformedPackageException if it is not a ZIP, nests files in several
	 * folders, or unpacks to more than the limit ({@code import.zip.too-large}); nothing
	 * is then left on disk
	 */
	public static DataPackageFiles fromZip(InputStream zip, ImportSettings limits) {
		UnpackedFolder unpacked = UnpackedFolder.create(limits);
		try (ZipInputStream entries = new ZipInputStream(zip)) {
			Map<String, CsvContent> files = new LinkedHashMap<>();
			ZipLayout folder = new ZipLayout();
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				String name = folder.fileName(entry);
				if (name != null) {
					add(files, name, unpacked, entries);
				}
			}
			folder.requireFiles();
			return sort(files, unpacked.path());
		}
		catch (IOException ex) {
			unpacked.close();
			throw new MalformedPackageException("import.zip.unreadable", String.valueOf(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			unpacked.close();
			throw ex;
		}
	}

	/**
	 * The files of an upload given one by one, by name, copied into a temporary folder;
	 * the caller closes them. Their total size is
	 * {@code registry.import.max-unpacked-size} at most.
	 * @throws MalformedPackageException if none of them is a table of the package, or
	 * they are too large together; nothing is then left on disk
	 */
	public static DataPackageFiles fromParts(Map<String, CsvContent> parts, ImportSettings limits) {
		UnpackedFolder unpacked = UnpackedFolder.create(limits);
		try {
			Map<String, CsvContent> files = new LinkedHashMap<>();
			for (Map.Entry<String, CsvContent> part : parts.entrySet()) {
				try (InputStream in = part.getValue().open()) {
					add(files, part.getKey(), unpacked, in);
				}
			}
			return sort(files, unpacked.path());
		}
		catch (IOException ex) {
			unpacked.close();
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			unpacked.close();
			throw ex;
		}
	}

	/**
	 * Deletes the temporary folder the files were copied into, if any; again, nothing.
	 */
	@Override
	public void close() {
		if (this.folder != null) {
			UnpackedFolder.remove(this.folder);
		}
	}

	/**
	 * The files of a folder (not its sub-folders), read from disk when the import reads
	 * them.
	 */
	public static DataPackageFiles fromFolder(Path folder) throws IOException {
		Map<String, CsvContent> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				if (!ZipLayout.isSystemFile(path.getFileName().toString())) {
					files.put(path.getFileName().toString(), () -> Files.newInputStream(path));
				}
			}
		}
		Path documents = folder.resolve(DOCUMENTS);
		if (Files.isDirectory(documents)) {
			try (Stream<Path> paths = Files.list(documents)) {
				for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
					if (!ZipLayout.isSystemFile(path.getFileName().toString())) {
						files.put(DOCUMENTS + path.getFileName(), () -> Files.newInputStream(path));
					}
				}
			}
		}
		return sort(files, null);
	}

	/**
	 * The files of a ZIP file on disk, at its root or in one folder, unpacked from disk
	 * when the import reads them.
	 * @throws MalformedPackageException if it is not a ZIP or nests files in several
	 * folders
	 */
	public static DataPackageFiles fromZipFile(Path zip) {
		Map<String, CsvContent> files = new LinkedHashMap<>();
		ZipLayout folder = new ZipLayout();
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(archive.entries())) {
				String name = folder.fileName(entry);
				if (name != null && files.putIfAbsent(name, () -> entryStream(zip, entry.getName())) != null) {
					throw new MalformedPackageException("import.zip.twice", name);
				}
			}
		}
		catch (IOException ex) {
			throw new MalformedPackageException("import.zip.unreadable", String.valueOf(ex.getMessage()));
		}
		folder.requireFiles();
		return sort(files, null);
	}

	/**
	 * Sorts files given by name into tables and unknown files.
	 * @throws MalformedPackageException if none of them is a table of the package
	 */
	public static DataPackageFiles of(Map<String, byte[]> files) {
		Map<String, CsvContent> contents = new LinkedHashMap<>();
		files.forEach((name, bytes) -> contents.put(name, () -> new ByteArrayInputStream(bytes)));
		return sort(contents, null);
	}

	private static DataPackageFiles sort(Map<String, CsvContent> files, @Nullable Path folder) {
		Map<String, CsvContent> tables = new LinkedHashMap<>();
		Map<String, CsvContent> documents = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		files.forEach((name, content) -> {
			if (DataPackageSchema.forFile(name).isPresent()) {
				tables.put(name, content);
			}
			else if (name.startsWith(DOCUMENTS)) {
				documents.put(name, content);
			}
			else if (!isAllowed(name)) {
				unknown.add(name);
			}
		});
		if (tables.isEmpty()) {
			throw new MalformedPackageException("import.package.no-tables");
		}
		return new DataPackageFiles(tables, unknown, folder, documents);
	}

	/** An entry of a ZIP file, which closes the file when it is closed. */
	private static InputStream entryStream(Path zip, String name) throws IOException {
		ZipFile archive = new ZipFile(zip.toFile());
		ZipEntry entry = archive.getEntry(name);
		if (entry == null) {
			archive.close();
			throw new IOException("no entry " + name + " in " + zip);
		}
		return new FilterInputStream(archive.getInputStream(entry)) {
			@Override
			public void close() throws IOException {
				try {
					super.close();
				}
				finally {
					archive.close();
				}
			}
		};
	}

	/** Whether a file may sit in a package without being read. */
	static boolean isAllowed(String name) {
		return name.equals(DataPackageSchema.DESCRIPTOR) || name.toUpperCase(Locale.ROOT).startsWith("README");
	}

	/**
	 * Copies a table into the folder; any other file is read through (counted, not kept):
	 * only its name is of use.
	 */
	private static void add(Map<String, CsvContent> files, String name, UnpackedFolder unpacked, InputStream in)
			throws IOException {
		if (files.containsKey(name)) {
			throw new MalformedPackageException("import.zip.twice", name);
		}
		if (DataPackageSchema.forFile(name).isPresent() || name.startsWith(DOCUMENTS)) {
			Path file = unpacked.write(in);
			files.put(name, () -> Files.newInputStream(file));
		}
		else {
			unpacked.skip(in);
			files.put(name, InputStream::nullInputStream);
		}
	}

}
