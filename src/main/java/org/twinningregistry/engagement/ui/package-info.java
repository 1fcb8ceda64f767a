/** Engagement ui layer. */
@NullMarked
package org.twinningregistry.engagement.ui;

import org.jspecify.annotations.NullMarked;
