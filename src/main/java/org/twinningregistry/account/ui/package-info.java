/** Account ui layer. */
@NullMarked
package org.twinningregistry.account.ui;

import org.jspecify.annotations.NullMarked;
