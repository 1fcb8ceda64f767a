package org.twinningregistry.strategy;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An {@link Office} as a form posts it ({@code office.name}, {@code office.email},
 * {@code office.url}), for the strategy and partner request forms alike.
 */
public record OfficeFields(@Nullable String name, @Nullable String email, @Nullable String url) {

	/** No office: every field blank. */
	public static final OfficeFields NONE = new OfficeFields(null, null, null);

	/** The fields of an office, or blank ones for none. */
	public static OfficeFields of(@Nullable Office office) {
		return (office != null) ? new OfficeFields(office.name(), office.email(), office.url()) : NONE;
	}

	/** The office given, or {@code null} when every field is blank. */
	public @Nullable Office office() {
		if (blank(this.name) && blank(this.email) && blank(this.url)) {
			return null;
		}
		return new Office(Objects.requireNonNullElse(this.name, ""), this.email, this.url);
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
