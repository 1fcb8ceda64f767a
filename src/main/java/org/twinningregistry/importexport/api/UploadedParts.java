package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.csv.CsvContent;
import org.twinningregistry.importexport.format.DataPackageSchema;

/**
 * Reads the files of a multipart import: one ZIP part, or the CSV files as parts named by
 * their part name ({@code governments.csv}) or their file name.
 */
final class UploadedParts {

	private UploadedParts() {
	}

	/**
	 * The files, copied into a temporary folder that the caller deletes by closing them.
	 */
	static DataPackageFiles files(MultiValueMap<String, MultipartFile> parts, ImportSettings limits) {
		try {
			MultipartFile zip = zip(parts);
			if (zip != null) {
				try (InputStream in = zip.getInputStream()) {
					return DataPackageFiles.fromZip(in, limits);
				}
			}
			Map<String, CsvContent> byName = new LinkedHashMap<>();
			byName(parts, (name, file) -> byName.putIfAbsent(name, file::getInputStream) == null);
			return DataPackageFiles.fromParts(byName, limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one ZIP part, or {@code null} when the parts are CSV files.
	 * @throws MalformedPackageException if there is no part, or a ZIP among others
	 */
	static @Nullable MultipartFile zip(MultiValueMap<String, MultipartFile> parts) {
		List<Map.Entry<String, MultipartFile>> files = entries(parts);
		if (files.stream().noneMatch(entry -> isZip(entry.getValue()))) {
			return null;
		}
		if (files.size() > 1) {
			throw new MalformedPackageException("import.request.mixed");
		}
		return files.get(0).getValue();
	}

	/**
	 * The CSV parts' bytes by file name (for a job, which keeps them as uploaded).
	 * @throws MalformedPackageException if there is no part, or two of one name
	 */
	static Map<String, byte[]> csvFiles(MultiValueMap<String, MultipartFile> parts) {
		Map<String, byte[]> byName = new LinkedHashMap<>();
		byName(parts, (name, file) -> {
			try {
				return byName.putIfAbsent(name, file.getBytes()) == null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return byName;
	}

	/**
	 * Hands each part to {@code add} by file name; {@code add} says false for a name
	 * seen.
	 */
	private static void byName(MultiValueMap<String, MultipartFile> parts,
			java.util.function.BiPredicate<String, MultipartFile> add) {
		for (Map.Entry<String, MultipartFile> entry : entries(parts)) {
			String name = nameOf(entry.getKey(), entry.getValue());
			if (!add.test(name, entry.getValue())) {
				throw new MalformedPackageException("import.zip.twice", name);
			}
		}
	}

	private static List<Map.Entry<String, MultipartFile>> entries(MultiValueMap<String, MultipartFile> parts) {
		List<Map.Entry<String, MultipartFile>> files = parts.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(file -> Map.entry(entry.getKey(), file)))
			.toList();
		if (files.isEmpty()) {
			throw new MalformedPackageException("import.request.no-files");
		}
		return files;
	}

	private static boolean isZip(MultipartFile file) {
		String type = String.valueOf(file.getContentType()).toLowerCase(Locale.ROOT);
		return baseName(file).toLowerCase(Locale.ROOT).endsWith(".zip") || type.equals("application/zip")
				|| type.equals("application/x-zip-compressed");
	}

	private static String nameOf(String partName, MultipartFile file) {
		if (isKnown(partName)) {
			return partName;
		}
		String fileName = baseName(file);
		return fileName.isEmpty() ? partName : fileName;
	}

	private static boolean isKnown(String name) {
		return DataPackageSchema.forFile(name).isPresent() || name.equals(DataPackageSchema.DESCRIPTOR);
	}

	private static String baseName(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename());
		if (file.getOriginalFilename() == null) {
			return "";
		}
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

}
