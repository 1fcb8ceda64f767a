/**
 * Shared kernel: the few value types and base exceptions every module speaks.
 * {@link PartialDate} is the date with a precision (year, month or day) that the data
 * package uses everywhere; {@link RegistryException} and its subclasses carry a stable
 * code that the web layers turn into a page message or an RFC 9457 problem;
 * {@link ReadMemo} lets one page request read a record once. Depends on no other module.
 */
@NullMarked
package org.twinningregistry.shared;

import org.jspecify.annotations.NullMarked;
