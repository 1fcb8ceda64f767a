/**
 * Reporting pages: completeness, the report section of a government's page and its forms.
 */
@NullMarked
package org.twinningregistry.reporting.ui;

import org.jspecify.annotations.NullMarked;
