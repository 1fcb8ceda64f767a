/** Gazetteer api layer. */
@NullMarked
package org.twinningregistry.gazetteer.api;

import org.jspecify.annotations.NullMarked;
