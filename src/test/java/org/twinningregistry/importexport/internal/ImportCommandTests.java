package org.twinningregistry.importexport.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.importexport.DataPackageFixtures;
import org.twinningregistry.importexport.DataPackageImporter;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class ImportCommandTests {

	@TempDir
	private Path folder;

	@Autowired
	private DataPackageImporter importer;

	@Autowired
	private ConfigurableApplicationContext context;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void importsZipFileAsSystemCurator() throws Exception {
		// given
		Path zip = this.folder.resolve("package.zip");
		Files.write(zip, DataPackageFixtures.zip(DataPackageFixtures.goodPackage()));

		// when
		int status = command().execute(zip, false);

		// then
		assertThat(status).isEqualTo(ImportCommand.IMPORTED);
		assertThat(this.gazetteer.count()).isEqualTo(4);
		assertThat(this.agreements.count()).isEqualTo(2);
	}

	@Test
	void importsFolderAndHonoursDryRun() throws Exception {
		// given
		for (Map.Entry<String, String> file : DataPackageFixtures.goodPackage().entrySet()) {
			Files.writeString(this.folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}

		// when
		int status = command().execute(this.folder, true);

		// then
		assertThat(status).isEqualTo(ImportCommand.IMPORTED);
		assertThat(this.gazetteer.count()).isZero();
	}

	@Test
	void reportsFailureForBadPackage() throws Exception {
		// given
		Path zip = this.folder.resolve("bad.zip");
		Files.write(zip, DataPackageFixtures.zip(DataPackageFixtures.goodPackageWith("agreements.csv",
				DataPackageFixtures.AGREEMENTS.replace("SISTER,2010", "SISTER,someday"))));
		Path notZip = this.folder.resolve("not.zip");
		Files.writeString(notZip, "not a zip");

		// when
		int rejected = command().execute(zip, false);
		int unreadable = command().execute(notZip, false);
		int missing = command().execute(this.folder.resolve("missing.zip"), false);

		// then
		assertThat(rejected).isEqualTo(ImportCommand.REJECTED);
		assertThat(unreadable).isEqualTo(ImportCommand.REJECTED);
		assertThat(missing).isEqualTo(ImportCommand.REJECTED);
		assertThat(this.gazetteer.count()).isZero();
		assertThat(this.messages.getMessage("import.zip.empty", null, Locale.ENGLISH)).isNotBlank();
	}

	private ImportCommand command() {
		return new ImportCommand(this.importer, new ImportCommandSettings(null, false), this.context, this.messages,
				java.time.Clock.systemUTC());
	}

}
