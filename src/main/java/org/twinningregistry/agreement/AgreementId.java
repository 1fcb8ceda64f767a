package org.twinningregistry.agreement;

import java.util.regex.Pattern;

/** The stable key of an agreement: 1–64 letters, digits and {@code - _ . :}. */
public record AgreementId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public AgreementId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid agreement id: " + value);
		}
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
