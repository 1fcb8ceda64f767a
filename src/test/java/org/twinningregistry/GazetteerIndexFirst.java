package org.twinningregistry;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Builds the world gazetteer's index before the first test runs, so that every test sees
 * the registry as it is once started: writes complete a government's coordinates and
 * Wikidata id from the gazetteer, which they skip while the index is still being built.
 * Without it, what a test reads would depend on whether an earlier test (or an earlier
 * build) happened to build the index. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class GazetteerIndexFirst implements TestExecutionListener {

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		GazetteerIndex.built();
	}

}
