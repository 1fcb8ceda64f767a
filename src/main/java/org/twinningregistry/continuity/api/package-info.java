/**
 * Continuity API: the calendar ({@code /api/v1/calendar/upcoming},
 * {@code /api/v1/calendar.ics}) and a government's brief as PDF
 * ({@code /api/v1/governments/{id}/brief.pdf}).
 */
@NullMarked
package org.twinningregistry.continuity.api;

import org.jspecify.annotations.NullMarked;
