package org.twinningregistry.importexport.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.importexport.WorkbookExporter;

/**
 * The spreadsheet downloads: the XLSX template to fill in and import
 * ({@code POST /api/v1/imports} reads it back), and the registry as a workbook in the
 * same layout.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exports")
class WorkbookApiController {

	private final WorkbookExporter workbooks;

	WorkbookApiController(WorkbookExporter workbooks) {
		this.workbooks = workbooks;
	}

	@Operation(summary = "Download the spreadsheet template",
			description = "An XLSX workbook with a sheet per table, its columns described and its code lists, to "
					+ "fill in and import with POST /api/v1/imports.")
	@GetMapping("/imports/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "template.xlsx");
		this.workbooks.template(response.getOutputStream());
	}

	@Operation(summary = "Export the registry as a workbook",
			description = "The published registry in the template's layout, one sheet per table.")
	@GetMapping("/exports/registry.xlsx")
	void registry(HttpServletResponse response) throws IOException {
		attachment(response, "registry.xlsx");
		this.workbooks.registry(response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(UploadedWorkbook.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
	}

}
