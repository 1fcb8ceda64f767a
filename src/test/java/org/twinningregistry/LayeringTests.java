package org.twinningregistry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Inside each module: {@code domain} depends on no sibling layer; {@code ui} and
 * {@code api} do not depend on each other and reach the domain only through the module
 * facade, never a repository. Every rule must match classes
 * ({@code allowEmptyShould(false)}), so a renamed package fails here instead of silently
 * checking nothing.
 */
class LayeringTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.twinningregistry");

	@Test
	void domainDependsOnNoOtherLayer() {
		noClasses().that()
			.resideInAPackage("org.twinningregistry..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.twinningregistry..ui..", "org.twinningregistry..api..",
					"org.twinningregistry..internal..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

	@Test
	void apiAndUiDoNotDependOnEachOther() {
		noClasses().that()
			.resideInAPackage("org.twinningregistry.*.api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.twinningregistry.*.ui..")
			.allowEmptyShould(false)
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.twinningregistry.*.ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.twinningregistry.*.api..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

	@Test
	void webLayersReachTheDomainOnlyThroughFacades() {
		noClasses().that()
			.resideInAnyPackage("org.twinningregistry.*.api..", "org.twinningregistry.*.ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.twinningregistry..domain..")
			.allowEmptyShould(false)
			.check(CLASSES);
	}

}
