/**
 * Partner finder API layer: the seeking list's partner requests over HTTP, and how the
 * workflow's API shows them.
 */
@NullMarked
package org.twinningregistry.partnerfinder.api;

import org.jspecify.annotations.NullMarked;
