package org.twinningregistry.importexport.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The command-line import: {@code --registry.import.file=<zip or folder>} and
 * {@code --registry.import.dry-run=true}.
 *
 * @param file the ZIP archive or the folder holding the CSV files
 * @param dryRun check the package, write nothing
 */
@ConfigurationProperties("registry.import")
record ImportCommandSettings(@Nullable String file, boolean dryRun) {

}
