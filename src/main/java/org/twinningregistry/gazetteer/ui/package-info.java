/** Gazetteer ui layer. */
@NullMarked
package org.twinningregistry.gazetteer.ui;

import org.jspecify.annotations.NullMarked;
