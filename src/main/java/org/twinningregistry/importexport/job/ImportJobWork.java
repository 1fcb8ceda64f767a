package org.twinningregistry.importexport.job;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.WorkbookImporter;

/**
 * Runs a claimed job's import on whichever instance claimed it: reads the files stored
 * with the job and imports them with the authority its owner has now (their account, read
 * again, so that a curator whose rights were withdrawn meanwhile cannot import).
 */
@Component
class ImportJobWork {

	private final ImportJobStore store;

	private final DataPackageImporter packages;

	private final WorkbookImporter workbooks;

	private final UserDetailsService users;

	private final ImportSettings limits;

	ImportJobWork(ImportJobStore store, DataPackageImporter packages, WorkbookImporter workbooks,
			UserDetailsService users, ImportSettings limits) {
		this.limits = limits;
		this.store = store;
		this.packages = packages;
		this.workbooks = workbooks;
		this.users = users;
	}

	ImportReport run(ClaimedJob job, ImportProgress progress) {
		List<StoredFile> files = this.store.files(job.id());
		ImportOptions options = new ImportOptions(job.dryRun(), job.locale(), progress);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(contextOf(job.owner()));
		try {
			return switch (job.kind()) {
				case ZIP ->
					importFiles(DataPackageFiles.fromZip(new ByteArrayInputStream(files.get(0).content()), this.limits),
							options);
				case FILES -> importFiles(DataPackageFiles.of(byName(files)), options);
				case WORKBOOK ->
					this.workbooks.importWorkbook(new ByteArrayInputStream(files.get(0).content()), options);
			};
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Imports the files, then deletes their temporary folder, however it ends. */
	private ImportReport importFiles(DataPackageFiles files, ImportOptions options) {
		try (files) {
			return this.packages.importPackage(files, options);
		}
	}

	private SecurityContext contextOf(String owner) {
		UserDetails user = this.users.loadUserByUsername(owner);
		if (!user.isEnabled()) {
			throw new AccessDeniedException("account " + owner + " is disabled");
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
		return context;
	}

	private static Map<String, byte[]> byName(List<StoredFile> files) {
		Map<String, byte[]> byName = new LinkedHashMap<>();
		files.forEach(file -> byName.put(file.name(), file.content()));
		return byName;
	}

}
