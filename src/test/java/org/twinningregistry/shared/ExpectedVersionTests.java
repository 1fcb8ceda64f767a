package org.twinningregistry.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionTests {

	@Test
	void takesTheVersionFromTheParameterOrAnEntityTag() {
		assertThat(ExpectedVersion.of(3L, null)).isEqualTo(new ExpectedVersion(3, false));
		assertThat(ExpectedVersion.of(null, "\"3\"")).isEqualTo(new ExpectedVersion(3, true));
		assertThat(ExpectedVersion.of(null, " W/\"12\" ")).isEqualTo(new ExpectedVersion(12, true));
		assertThat(ExpectedVersion.of(4L, "\"4\"")).isEqualTo(new ExpectedVersion(4, true));
	}

	@Test
	void refusesADeleteThatNamesNoVersion() {
		assertThatThrownBy(() -> ExpectedVersion.of(null, null)).isInstanceOf(PreconditionRequiredException.class)
			.extracting(e -> ((RegistryException) e).code())
			.isEqualTo("error.version-required");
		assertThatThrownBy(() -> ExpectedVersion.of(null, " ")).isInstanceOf(PreconditionRequiredException.class);
	}

	@Test
	void refusesAnIfMatchThatHoldsNoVersionOrDisagrees() {
		for (String tag : new String[] { "*", "3", "\"abc\"", "\"1\", \"2\"", "\"-1\"" }) {
			assertThatThrownBy(() -> ExpectedVersion.of(null, tag)).as(tag)
				.isInstanceOf(BadRequestException.class)
				.extracting(e -> ((RegistryException) e).code())
				.isEqualTo("rule.version.if-match");
		}
		assertThatThrownBy(() -> ExpectedVersion.of(1L, "\"2\"")).isInstanceOf(BadRequestException.class)
			.extracting(e -> ((RegistryException) e).code())
			.isEqualTo("rule.version.if-match-differs");
	}

	@Test
	void aStaleIfMatchFailsThePrecondition() {
		ConflictException stale = ConflictException.staleVersion("engagement", "e1", 0, 1);
		assertThatThrownBy(() -> new ExpectedVersion(0, true).apply(v -> {
			throw stale;
		})).isInstanceOf(PreconditionFailedException.class);
		assertThatThrownBy(() -> new ExpectedVersion(0, false).apply(v -> {
			throw stale;
		})).isSameAs(stale);
		ConflictException inUse = new ConflictException("error.government.in-use", "g", 1, "kind.governments");
		assertThatThrownBy(() -> new ExpectedVersion(0, true).apply(v -> {
			throw inUse;
		})).isSameAs(inUse);
	}

}
