package org.twinningregistry.partnerfinder;

import java.util.regex.Pattern;

/**
 * The stable key of a partner request: 1–64 letters, digits and {@code - _ . :}. The
 * registry gives a new request {@code PR-<government id>-<n>}, {@code n} counting the
 * government's requests from 1.
 */
public record PartnerRequestId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public PartnerRequestId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid partner request id: " + value);
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
