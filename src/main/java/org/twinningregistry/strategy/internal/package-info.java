/**
 * Strategy internal layer: the gazetteer's and the agreements' references to strategies
 * and plans (which guard a government's and an agreement's delete).
 */
@NullMarked
package org.twinningregistry.strategy.internal;

import org.jspecify.annotations.NullMarked;
