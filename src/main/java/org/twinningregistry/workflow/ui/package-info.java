/** Workflow ui layer: the review queue page. */
@NullMarked
package org.twinningregistry.workflow.ui;

import org.jspecify.annotations.NullMarked;
