/**
 * The API shell: what every {@code /api/v1} endpoint shares — RFC 9457 problem details
 * for every error ({@link ProblemDetailsAdvice}), the OpenAPI description and paging
 * conventions. Feature endpoints live in their modules' {@code api} packages. Depends on
 * no other module.
 */
@ApplicationModule(displayName = "API shell", allowedDependencies = {})
@NullMarked
package org.twinningregistry.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
