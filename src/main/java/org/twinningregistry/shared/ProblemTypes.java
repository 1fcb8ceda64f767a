package org.twinningregistry.shared;

import java.net.URI;

/** The stable {@code type} URI of each problem code in RFC 9457 answers. */
public final class ProblemTypes {

	private static final String PREFIX = "urn:twinning-registry:problem:";

	private ProblemTypes() {
	}

	public static URI of(String code) {
		return URI.create(PREFIX + code.replace("error.", "").replace('.', '-'));
	}

}
