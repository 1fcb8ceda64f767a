/**
 * Workflow api layer: the workflow of every reviewed kind under its own path, and the
 * queue of open revisions.
 */
@NullMarked
package org.twinningregistry.workflow.api;

import org.jspecify.annotations.NullMarked;
