/**
 * The government aggregate, its rules and the ISO 3166 code lists it is checked against.
 */
@NullMarked
package org.twinningregistry.gazetteer.domain;

import org.jspecify.annotations.NullMarked;
