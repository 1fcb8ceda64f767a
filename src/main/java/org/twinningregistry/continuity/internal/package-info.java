/**
 * Continuity internal layer: the brief's sections (as {@code PageSection} beans) and the
 * PDF renderer with its fonts.
 */
@NullMarked
package org.twinningregistry.continuity.internal;

import org.jspecify.annotations.NullMarked;
