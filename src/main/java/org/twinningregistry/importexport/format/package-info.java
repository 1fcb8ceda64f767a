/**
 * The data package's tables as a schema: columns, types, codes and keys, shared by both
 * directions.
 */
@NullMarked
package org.twinningregistry.importexport.format;

import org.jspecify.annotations.NullMarked;
