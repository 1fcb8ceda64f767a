/** Reporting domain: the annual report aggregate and its repository. */
@NullMarked
package org.twinningregistry.reporting.domain;

import org.jspecify.annotations.NullMarked;
