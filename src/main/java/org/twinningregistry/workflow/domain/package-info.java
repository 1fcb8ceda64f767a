/** Workflow domain: revisions and history records. */
@NullMarked
package org.twinningregistry.workflow.domain;

import org.jspecify.annotations.NullMarked;
