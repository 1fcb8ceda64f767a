package org.twinningregistry.importexport.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

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
class WorkbookApiController {

	private final WorkbookExporter workbooks;

	WorkbookApiController(WorkbookExporter workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/imports/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "template.xlsx");
		this.workbooks.template(response.getOutputStream());
	}

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
