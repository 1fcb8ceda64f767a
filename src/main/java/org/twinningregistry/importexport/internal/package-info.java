/** Start-up jobs: the command-line import and the demo-data loader. */
@NullMarked
package org.twinningregistry.importexport.internal;

import org.jspecify.annotations.NullMarked;
