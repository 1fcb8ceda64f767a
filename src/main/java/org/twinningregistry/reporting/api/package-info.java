/** Reporting API: {@code /api/v1/reporting}. */
@NullMarked
package org.twinningregistry.reporting.api;

import org.jspecify.annotations.NullMarked;
