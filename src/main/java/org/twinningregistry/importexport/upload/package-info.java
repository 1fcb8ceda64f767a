/**
 * An uploaded data package as the importer reads it: its files, copied as they arrive
 * into a temporary folder of their own, the limits an upload must keep, and the refusals
 * of a package too large or that cannot be read at all.
 */
@NullMarked
package org.twinningregistry.importexport.upload;

import org.jspecify.annotations.NullMarked;
