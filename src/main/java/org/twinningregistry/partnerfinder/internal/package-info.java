/**
 * Partner finder internal layer: how the history shows a partner request's fields, and
 * the gazetteer's references to partner requests (which guard a government's delete).
 */
@NullMarked
package org.twinningregistry.partnerfinder.internal;

import org.jspecify.annotations.NullMarked;
