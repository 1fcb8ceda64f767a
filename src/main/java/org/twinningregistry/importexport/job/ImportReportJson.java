package org.twinningregistry.importexport.job;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.report.ImportReport;

/** An ended job's report as the JSON it is stored as, and back. */
@Component
class ImportReportJson {

	private final JsonMapper json;

	ImportReportJson(JsonMapper json) {
		this.json = json;
	}

	String write(ImportReport report) {
		return this.json.writeValueAsString(report);
	}

	ImportReport read(String report) {
		return this.json.readValue(report, ImportReport.class);
	}

}
