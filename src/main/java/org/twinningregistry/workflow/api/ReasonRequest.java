package org.twinningregistry.workflow.api;

import org.jspecify.annotations.Nullable;

/** Why a revision is returned ({@code {"reason": "..."}}); a blank reason is a 400. */
record ReasonRequest(@Nullable String reason) {

}
