package org.twinningregistry.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API token secrets (256 random bits with a recognisable prefix, so leaked tokens
 * are easy to find in logs and repositories) and the hash under which they are stored. A
 * fast hash is right here: unlike a password, the secret has full entropy.
 */
public final class TokenSecrets {

	/** What every token starts with. */
	public static final String PREFIX = "trg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
