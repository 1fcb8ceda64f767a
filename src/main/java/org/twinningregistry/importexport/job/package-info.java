/**
 * Import jobs across instances: {@code ImportJobs}, the facade that submits, follows and
 * cancels them, with its id, status, summary and settings; their state and uploaded files
 * in the database ({@link org.twinningregistry.importexport.job.ImportJobStore}), this
 * instance's workers that claim, run and beat for them
 * ({@link org.twinningregistry.importexport.job.ImportJobRunner}), the progress listener
 * of a job running here, and the reaper that marks failed the jobs whose instance is
 * gone.
 */
@NullMarked
package org.twinningregistry.importexport.job;

import org.jspecify.annotations.NullMarked;
