/**
 * What an import tells: its report (how it ended, each file's outcomes, the errors and
 * warnings as a clerk reads them), the collector that words the findings in the import's
 * language, and the progress an import reports as it goes, which may cancel it.
 */
@NullMarked
package org.twinningregistry.importexport.report;

import org.jspecify.annotations.NullMarked;
