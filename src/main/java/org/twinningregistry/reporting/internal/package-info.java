/** Reporting internal layer: completeness figures in SQL and the settings wiring. */
@NullMarked
package org.twinningregistry.reporting.internal;

import org.jspecify.annotations.NullMarked;
