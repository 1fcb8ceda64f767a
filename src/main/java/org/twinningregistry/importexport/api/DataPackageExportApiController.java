package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.importexport.DataPackageExporter;
import org.twinningregistry.shared.PublicUrlSettings;

/** Exports the registry as a data package, a ZIP of the CSV files, to anyone. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exports",
		description = "The whole registry as open data, to anyone: a data package (ZIP of CSV files with "
				+ "datapackage.json) or a workbook in the import template's layout.")
class DataPackageExportApiController {

	private final DataPackageExporter exporter;

	private final PublicUrlSettings urls;

	DataPackageExportApiController(DataPackageExporter exporter, PublicUrlSettings urls) {
		this.exporter = exporter;
		this.urls = urls;
	}

	@Operation(summary = "Export the registry as a data package",
			description = "A ZIP of governments.csv, agreements.csv and engagements.csv with datapackage.json, "
					+ "streamed: the published registry in the format imports read (docs/data-package.md).")
	@GetMapping("/exports/data-package.zip")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-package.zip\"");
		// the registry's address only as configured: the request's Host is the client's
		// choice
		URI registry = this.urls.publicBaseUrl();
		this.exporter.exportZip(response.getOutputStream(), (registry != null) ? registry.toString() : null);
	}

}
