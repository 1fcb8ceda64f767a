package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Violation;

/**
 * Collects the errors and warnings of one import, in the order they were found: the first
 * few of each are kept ({@code registry.import.max-reported-issues}), the rest only
 * counted, so that a file with millions of wrong cells costs a counter, not a list.
 */
public final class Findings {

	/** Kept of each kind when no limit is given. */
	public static final int DEFAULT_KEPT = 1000;

	private static final Pattern UPPER = Pattern.compile("([A-Z])");

	private final int kept;

	private final List<Finding> errors = new ArrayList<>();

	private final List<Finding> warnings = new ArrayList<>();

	private long errorCount;

	private long warningCount;

	public Findings() {
		this(DEFAULT_KEPT);
	}

	/**
	 * @param kept how many errors, and how many warnings, to keep; the rest are counted
	 */
	public Findings(int kept) {
		if (kept < 0) {
			throw new IllegalArgumentException("kept must not be negative: " + kept);
		}
		this.kept = kept;
	}

	public void error(String file, @Nullable Integer line, @Nullable String column, @Nullable String value, String code,
			Object... arguments) {
		if (++this.errorCount <= this.kept) {
			this.errors.add(new Finding(file, line, column, value, code, Arrays.asList(arguments)));
		}
	}

	/** Records a facade's rule violations as errors of the row, or as its warnings. */
	void violations(CsvRow row, List<Violation> violations, boolean asWarnings) {
		for (Violation violation : violations) {
			String column = columnOf(violation.field());
			String value = (column != null) ? row.raw(column) : null;
			long count = asWarnings ? ++this.warningCount : ++this.errorCount;
			if (count <= this.kept) {
				(asWarnings ? this.warnings : this.errors)
					.add(new Finding(row.file(), row.line(), column, value, violation.code(), violation.arguments()));
			}
		}
	}

	public void warning(String file, @Nullable Integer line, @Nullable String column, @Nullable String value,
			String code, Object... arguments) {
		if (++this.warningCount <= this.kept) {
			this.warnings.add(new Finding(file, line, column, value, code, Arrays.asList(arguments)));
		}
	}

	public boolean hasErrors() {
		return this.errorCount > 0;
	}

	/** The first errors found, as many as are kept. */
	public List<Finding> errors() {
		return List.copyOf(this.errors);
	}

	/** The first warnings found, as many as are kept. */
	public List<Finding> warnings() {
		return List.copyOf(this.warnings);
	}

	/** Every error found, kept or not. */
	public long errorCount() {
		return this.errorCount;
	}

	/** Every warning found, kept or not. */
	public long warningCount() {
		return this.warningCount;
	}

	/** The CSV column of an API field: {@code partyB} is {@code party_b}. */
	static @Nullable String columnOf(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return UPPER.matcher(field).replaceAll("_$1").toLowerCase(Locale.ROOT);
	}

}
