/**
 * Partner finder domain: the published partner request of the seeking list, its
 * repository and the rules it keeps.
 */
@NullMarked
package org.twinningregistry.partnerfinder.domain;

import org.jspecify.annotations.NullMarked;
