@NullMarked
package org.twinningregistry.strategy.domain;

import org.jspecify.annotations.NullMarked;
