/**
 * Partner finder API layer: partner suggestions over HTTP.
 */
@NullMarked
package org.twinningregistry.partnerfinder.api;

import org.jspecify.annotations.NullMarked;
