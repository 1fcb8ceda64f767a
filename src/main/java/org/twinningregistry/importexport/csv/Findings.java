package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Violation;

/** Collects the errors and warnings of one import, in the order they were found. */
public final class Findings {

	private static final Pattern UPPER = Pattern.compile("([A-Z])");

	private final List<Finding> errors = new ArrayList<>();

	private final List<Finding> warnings = new ArrayList<>();

	public void error(String file, @Nullable Integer line, @Nullable String column, @Nullable String value, String code,
			Object... arguments) {
		this.errors.add(new Finding(file, line, column, value, code, Arrays.asList(arguments)));
	}

	/** Records a facade's rule violations as errors of the row, or as its warnings. */
	void violations(CsvRow row, List<Violation> violations, boolean asWarnings) {
		for (Violation violation : violations) {
			String column = columnOf(violation.field());
			String value = (column != null) ? row.raw(column) : null;
			Finding finding = new Finding(row.file(), row.line(), column, value, violation.code(),
					violation.arguments());
			(asWarnings ? this.warnings : this.errors).add(finding);
		}
	}

	public void warning(String file, @Nullable Integer line, @Nullable String column, @Nullable String value,
			String code, Object... arguments) {
		this.warnings.add(new Finding(file, line, column, value, code, Arrays.asList(arguments)));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<Finding> errors() {
		return List.copyOf(this.errors);
	}

	public List<Finding> warnings() {
		return List.copyOf(this.warnings);
	}

	/** The CSV column of an API field: {@code partyB} is {@code party_b}. */
	static @Nullable String columnOf(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return UPPER.matcher(field).replaceAll("_$1").toLowerCase(Locale.ROOT);
	}

}
