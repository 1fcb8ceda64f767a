/**
 * Workflow ui layer: the workflow buttons of every reviewed kind's pages, and the review
 * queue page.
 */
@NullMarked
package org.twinningregistry.workflow.ui;

import org.jspecify.annotations.NullMarked;
