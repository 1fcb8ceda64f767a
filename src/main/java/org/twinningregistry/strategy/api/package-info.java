@NullMarked
package org.twinningregistry.strategy.api;

import org.jspecify.annotations.NullMarked;
