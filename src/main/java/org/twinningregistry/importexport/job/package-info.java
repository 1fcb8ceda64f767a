/**
 * Import jobs: the state of one import run in the background, which is also its progress
 * listener, and the pace (rows per second, time left) shown for it.
 */
@NullMarked
package org.twinningregistry.importexport.job;

import org.jspecify.annotations.NullMarked;
