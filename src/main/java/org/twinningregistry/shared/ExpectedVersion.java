package org.twinningregistry.shared;

import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The version of a record that a client's delete is based on, from its {@code version}
 * query parameter or its {@code If-Match} header (an entity tag holding the version,
 * {@code "3"} or {@code W/"3"}). A delete without either would remove whatever the record
 * has become since the client read it, so it is refused.
 *
 * @param value the version the client saw
 * @param fromIfMatch whether it came from {@code If-Match}: a stale one is then answered
 * 412 (the precondition failed) rather than 409
 */
public record ExpectedVersion(long value, boolean fromIfMatch) {

	private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

	/**
	 * The version from the parameter or the header.
	 * @throws PreconditionRequiredException if neither is given
	 * @throws BadRequestException if the header is no entity tag holding a version, or
	 * the two disagree
	 */
	public static ExpectedVersion of(@Nullable Long version, @Nullable String ifMatch) {
		Long tagged = (ifMatch != null && !ifMatch.isBlank()) ? parse(ifMatch.strip()) : null;
		if (tagged != null && version != null && !tagged.equals(version)) {
			throw new BadRequestException("If-Match", "rule.version.if-match-differs", tagged, version);
		}
		if (tagged != null) {
			return new ExpectedVersion(tagged, true);
		}
		if (version == null) {
			throw new PreconditionRequiredException("error.version-required", "version");
		}
		return new ExpectedVersion(version, false);
	}

	/**
	 * Runs the delete with the expected version; a stale version named by
	 * {@code If-Match} becomes a {@link PreconditionFailedException}.
	 */
	public void apply(LongConsumer delete) {
		try {
			delete.accept(this.value);
		}
		catch (ConflictException ex) {
			if (this.fromIfMatch && "error.stale-version".equals(ex.code())) {
				throw new PreconditionFailedException(ex.code(), ex.arguments());
			}
			throw ex;
		}
	}

	private static Long parse(String ifMatch) {
		Matcher matcher = ENTITY_TAG.matcher(ifMatch);
		if (!matcher.matches()) {
			throw new BadRequestException("If-Match", "rule.version.if-match", ifMatch);
		}
		return Long.valueOf(matcher.group(1));
	}

}
