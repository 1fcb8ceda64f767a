/**
 * Partner finder API layer: the seeking list's partner requests over HTTP, how the
 * workflow's API shows them, and partner suggestions over HTTP.
 */
@NullMarked
package org.twinningregistry.partnerfinder.api;

import org.jspecify.annotations.NullMarked;
