/** Workflow internal layer: the history's JDBC batch writer for imports. */
@NullMarked
package org.twinningregistry.workflow.internal;

import org.jspecify.annotations.NullMarked;
