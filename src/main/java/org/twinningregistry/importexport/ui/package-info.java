/**
 * The curators' import pages: a pairs list uploaded, reconciled, settled and committed.
 */
@NullMarked
package org.twinningregistry.importexport.ui;

import org.jspecify.annotations.NullMarked;
