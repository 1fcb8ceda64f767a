/** Workflow api layer: the queue of open revisions. */
@NullMarked
package org.twinningregistry.workflow.api;

import org.jspecify.annotations.NullMarked;
