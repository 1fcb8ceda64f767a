package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;
import org.twinningregistry.importexport.csv.CsvContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.importFolders;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;
import static org.twinningregistry.importexport.DataPackageFixtures.zipOfRepeatedLines;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * An uploaded package is unpacked to a temporary folder as it arrives, never into memory:
 * the heap a thread allocates while a 50 MB entry is unpacked and read back stays a small
 * fraction of the entry (the old way held the entry, and more, as bytes). The total is
 * counted as it is written, and the folder is gone once the files are closed or refused.
 */
class DataPackageFilesTests {

	private static final long ENTRY = 50L * 1024 * 1024;

	private static final String HEADER = "id,agreement,year,category,origin,title\n";

	private static final String LINE = "x,burnaby-hwaseong,2015,CULTURE,BOTH,Exchange\n";

	@Test
	void unpacksALargeEntryToDiskWithoutHoldingItInMemory() throws IOException {
		// given
		byte[] zip = zipOfRepeatedLines("engagements.csv", HEADER, LINE, ENTRY);
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

		// when
		long before = threads.getCurrentThreadAllocatedBytes();
		long read;
		Path folder;
		try (DataPackageFiles files = DataPackageFiles.fromZip(new ByteArrayInputStream(zip),
				ImportSettings.defaults())) {
			folder = Objects.requireNonNull(files.folder());
			try (InputStream in = files.tables().get("engagements.csv").open()) {
				read = in.transferTo(OutputStream.nullOutputStream());
			}
		}
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;

		// then
		assertThat(zip.length).isLessThan(1024 * 1024);
		assertThat(read).isGreaterThanOrEqualTo(ENTRY);
		assertThat(allocated).as("bytes allocated while unpacking and reading a %d-byte entry", read)
			.isLessThan(ENTRY / 20);
		assertThat(folder).doesNotExist();
	}

	@Test
	void keepsTheTablesInATemporaryFolderUntilClosed() throws IOException {
		// given
		Map<String, String> files = new LinkedHashMap<>(goodPackage());
		files.put("README.md", "About this package");

		// when
		DataPackageFiles unpacked = DataPackageFiles.fromZip(new ByteArrayInputStream(zip(files)),
				ImportSettings.defaults());
		Path folder = Objects.requireNonNull(unpacked.folder());
		String governments;
		try (InputStream in = unpacked.tables().get("governments.csv").open()) {
			governments = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		long onDisk;
		try (var paths = Files.list(folder)) {
			onDisk = paths.count();
		}
		unpacked.close();
		unpacked.close();

		// then
		assertThat(governments).isEqualTo(DataPackageFixtures.GOVERNMENTS);
		assertThat(onDisk).as("the three tables, not the README").isEqualTo(3);
		assertThat(folder).doesNotExist();
	}

	@Test
	void refusesAZipBombAsItUnpacksAndLeavesNothingOnDisk() {
		// given
		ImportSettings limits = ImportSettings.defaults().withMaxUnpackedSize(DataSize.ofMegabytes(8));
		byte[] bomb = zipOfRepeatedLines("governments.csv", "id,name\n", "x,y\n", 40L * 1024 * 1024);
		Set<Path> before = importFolders();

		// when / then
		assertThat(bomb.length).isLessThan(256 * 1024);
		assertThatExceptionOfType(MalformedPackageException.class)
			.isThrownBy(() -> DataPackageFiles.fromZip(new ByteArrayInputStream(bomb), limits))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("import.zip.too-large");
				assertThat(ex.arguments()).containsExactly(new java.math.BigDecimal("8"));
			});
		assertThat(importFolders()).isSubsetOf(before);
	}

	@Test
	void countsFilesItDoesNotKeepAgainstTheLimit() {
		// given
		ImportSettings limits = ImportSettings.defaults().withMaxUnpackedSize(DataSize.ofMegabytes(8));
		byte[] bomb = zipOfRepeatedLines("README.md", "# About\n", "again\n", 40L * 1024 * 1024);

		// when / then
		assertThatExceptionOfType(MalformedPackageException.class)
			.isThrownBy(() -> DataPackageFiles.fromZip(new ByteArrayInputStream(bomb), limits))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("import.zip.too-large"));
	}

	@Test
	void copiesUploadedPartsToATemporaryFolderToo() throws IOException {
		// given
		Map<String, CsvContent> parts = new LinkedHashMap<>();
		goodPackage().forEach(
				(name, text) -> parts.put(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

		// when
		Path folder;
		String agreements;
		try (DataPackageFiles files = DataPackageFiles.fromParts(parts, ImportSettings.defaults())) {
			folder = Objects.requireNonNull(files.folder());
			try (InputStream in = files.tables().get("agreements.csv").open()) {
				agreements = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		// then
		assertThat(agreements).isEqualTo(DataPackageFixtures.AGREEMENTS);
		assertThat(folder).doesNotExist();
	}

}
