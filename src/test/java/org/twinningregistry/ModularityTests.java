package org.twinningregistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure of STYLE.md holds, and its documentation is generated from the
 * code: Spring Modulith's {@link Documenter} writes the C4 component diagrams and module
 * canvases to {@code target/spring-modulith-docs/}, and the module section of
 * {@code docs/architecture.md} must be what {@link ModuleOverview} makes of the same
 * model. When it is not (a module, a dependency or an event changed), regenerate it with
 * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.docs.write=true} and commit the
 * result.
 */
class ModularityTests {

	static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

	private static final String WRITE = "modules.docs.write";

	private final ApplicationModules modules = ApplicationModules.of(TwinningRegistryApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		// when / then
		this.modules.verify();
	}

	@Test
	void everyModuleIsDetected() {
		// then
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("account", "agreement", "analytics", "api", "continuity", "document",
					"engagement", "gazetteer", "importexport", "partnerfinder", "reporting", "shared", "strategy", "ui",
					"workflow");
	}

	@Test
	void writesModuleDiagramsAndCanvases() throws IOException {
		// when
		new Documenter(this.modules).writeDocumentation();

		// then
		Path folder = Path.of("target", "spring-modulith-docs");
		String components = Files.readString(folder.resolve("components.puml"));
		this.modules.stream().filter(module -> !this.modules.getSharedModules().contains(module)).forEach(module -> {
			assertThat(components).contains(module.getDisplayName());
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		});
	}

	@Test
	void architectureDocumentShowsTheModulesAsTheCodeHasThem() throws IOException {
		// given
		String document = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
		String generated = new ModuleOverview(this.modules).markdown();

		// when
		if (Boolean.getBoolean(WRITE) && !ModuleOverview.section(document).equals(generated)) {
			document = ModuleOverview.replaceSection(document, generated);
			Files.writeString(ARCHITECTURE, document, StandardCharsets.UTF_8);
		}

		// then
		assertThat(ModuleOverview.section(document))
			.as("docs/architecture.md's module section is stale: run ./mvnw test -Dtest=ModularityTests -D%s=true",
					WRITE)
			.isEqualTo(generated);
	}

}
