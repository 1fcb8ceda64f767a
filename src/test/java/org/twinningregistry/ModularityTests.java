package org.twinningregistry;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure of STYLE.md holds, and its documentation is generated from the
 * code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TwinningRegistryApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		// when / then
		this.modules.verify();
	}

	@Test
	void everyFeatureModuleIsDetected() {
		// then
		assertThat(this.modules.stream().map(m -> m.getIdentifier().toString())).contains("gazetteer", "agreement",
				"engagement", "account", "api", "reporting");
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		// when
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		// then
		Path components = Path.of("target", "spring-modulith-docs", "components.puml");
		assertThat(Files.readString(components)).contains("Agreements").contains("Gazetteer");
	}

}
