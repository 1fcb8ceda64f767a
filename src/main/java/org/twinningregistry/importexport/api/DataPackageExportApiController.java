package org.twinningregistry.importexport.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.twinningregistry.importexport.DataPackageExporter;

/** Exports the registry as a data package, a ZIP of the CSV files, to anyone. */
@RestController
@RequestMapping("/api/v1")
class DataPackageExportApiController {

	private final DataPackageExporter exporter;

	DataPackageExportApiController(DataPackageExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/exports/data-package.zip")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-package.zip\"");
		this.exporter.exportZip(response.getOutputStream(),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

}
