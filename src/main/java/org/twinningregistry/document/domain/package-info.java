/**
 * Document domain layer: the document aggregate (without its bytes) and its repository.
 */
@NullMarked
package org.twinningregistry.document.domain;

import org.jspecify.annotations.NullMarked;
