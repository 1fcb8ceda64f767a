/** Agreement ui layer. */
@NullMarked
package org.twinningregistry.agreement.ui;

import org.jspecify.annotations.NullMarked;
