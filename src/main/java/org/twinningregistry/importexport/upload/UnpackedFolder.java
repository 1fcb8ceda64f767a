package org.twinningregistry.importexport.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.unit.DataSize;

/**
 * A temporary folder of its own (readable by this process's user only) that the files of
 * an uploaded package are copied into as they arrive, so that no file is ever held in
 * memory: a small buffer at a time, the total counted as it is written and refused past
 * the limit, before the disk fills. Deleting it deletes every file.
 */
final class UnpackedFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UnpackedFolder.class);

	private static final int BUFFER = 1 << 16;

	private final Path path;

	private final DataSize max;

	private long written;

	private int files;

	private UnpackedFolder(Path path, DataSize max) {
		this.path = path;
		this.max = max;
	}

	/**
	 * A new, empty folder, whose files together may hold at most
	 * {@code registry.import.max-unpacked-size}.
	 */
	static UnpackedFolder create(ImportSettings limits) {
		try {
			return new UnpackedFolder(Files.createTempDirectory("registry-import-"), limits.maxUnpackedSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path path() {
		return this.path;
	}

	/**
	 * Copies the stream (not closed) into a new file of the folder.
	 * @return the file
	 * @throws MalformedPackageException with {@code import.zip.too-large} as soon as the
	 * folder's files together pass the limit
	 */
	Path write(InputStream in) throws IOException {
		// numbered, not named as the upload names them: a name is never a path here
		Path file = this.path.resolve(Integer.toString(++this.files));
		try (OutputStream out = Files.newOutputStream(file)) {
			copy(in, out);
		}
		return file;
	}

	private void copy(InputStream in, OutputStream out) throws IOException {
		byte[] buffer = new byte[BUFFER];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			this.written += n;
			if (this.written > this.max.toBytes()) {
				throw new MalformedPackageException("import.zip.too-large", ImportSettings.megabytes(this.max));
			}
			out.write(buffer, 0, n);
		}
	}

	/**
	 * Reads the stream to its end without keeping it (a file the import does not read),
	 * counting it against the limit all the same: its unpacking costs time.
	 * @throws MalformedPackageException with {@code import.zip.too-large} as soon as the
	 * folder's files together pass the limit
	 */
	void skip(InputStream in) throws IOException {
		copy(in, OutputStream.nullOutputStream());
	}

	/** Deletes the folder and its files. */
	@Override
	public void close() {
		remove(this.path);
	}

	/**
	 * Deletes a folder made here, and its files; what cannot be deleted is logged. Does
	 * nothing when it is gone already.
	 */
	static void remove(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(UnpackedFolder::delete);
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not delete the import's temporary folder {}: {}", folder, ex.toString());
		}
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete the import's temporary file {}: {}", path, ex.toString());
		}
	}

}
