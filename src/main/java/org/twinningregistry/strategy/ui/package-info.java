@NullMarked
package org.twinningregistry.strategy.ui;

import org.jspecify.annotations.NullMarked;
