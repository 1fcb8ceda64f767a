package org.twinningregistry.importexport.api;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Finds the workbook of a multipart import: a part whose file name ends with
 * {@code .xlsx} or whose type is the XLSX media type.
 */
final class UploadedWorkbook {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private UploadedWorkbook() {
	}

	/**
	 * @return the workbook, or {@code null} when no part is one
	 * @throws MalformedPackageException if a workbook comes with other files
	 */
	static @Nullable MultipartFile of(MultiValueMap<String, MultipartFile> parts) {
		List<MultipartFile> files = parts.values().stream().flatMap(List::stream).toList();
		if (files.stream().noneMatch(UploadedWorkbook::isWorkbook)) {
			return null;
		}
		if (files.size() > 1) {
			throw new MalformedPackageException("import.request.mixed-xlsx");
		}
		return files.get(0);
	}

	private static boolean isWorkbook(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || XLSX.equals(file.getContentType());
	}

}
