/** Gazetteer internal layer. */
@NullMarked
package org.twinningregistry.gazetteer.internal;

import org.jspecify.annotations.NullMarked;
