package org.twinningregistry.gazetteer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.gazetteer.GazetteerFixtures.aCity;

/**
 * The gazetteer started as a module (with the accounts module, which answers its
 * {@link GovernmentPermissions}): what it publishes when a government changes, for the
 * modules that keep copies of its names to listen to.
 */
@ApplicationModuleTest(extraIncludes = "account")
class GazetteerModuleTests {

	private static final GovernmentId CITY = new GovernmentId("CA-BC-city");

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void publishesGovernmentChangedWhenAGovernmentIsRenamed(Scenario scenario) {
		// given
		long version = SystemCurator.call(() -> this.gazetteer.register(CITY, aCity("Old name", "CA", "CA-BC")))
			.version();

		// when / then
		scenario
			.stimulate(() -> SystemCurator
				.call(() -> this.gazetteer.update(CITY, version, aCity("New name", "CA", "CA-BC"))))
			.andWaitForEventOfType(GovernmentChanged.class)
			.matching(event -> event.government().id().equals(CITY))
			.toArriveAndVerify(event -> assertThat(event.government().name()).isEqualTo("New name"));
	}

}
