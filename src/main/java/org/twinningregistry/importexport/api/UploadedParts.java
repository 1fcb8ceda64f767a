package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.DataPackageFiles;
import org.twinningregistry.importexport.ImportSettings;
import org.twinningregistry.importexport.MalformedPackageException;
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
		List<Map.Entry<String, MultipartFile>> files = parts.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(file -> Map.entry(entry.getKey(), file)))
			.toList();
		if (files.isEmpty()) {
			throw new MalformedPackageException("import.request.no-files");
		}
		try {
			if (files.stream().anyMatch(entry -> isZip(entry.getValue()))) {
				if (files.size() > 1) {
					throw new MalformedPackageException("import.request.mixed");
				}
				try (InputStream zip = files.get(0).getValue().getInputStream()) {
					return DataPackageFiles.fromZip(zip, limits);
				}
			}
			Map<String, CsvContent> byName = new LinkedHashMap<>();
			for (Map.Entry<String, MultipartFile> entry : files) {
				String name = nameOf(entry.getKey(), entry.getValue());
				if (byName.putIfAbsent(name, entry.getValue()::getInputStream) != null) {
					throw new MalformedPackageException("import.zip.twice", name);
				}
			}
			return DataPackageFiles.fromParts(byName, limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
