package org.twinningregistry.gazetteer;

/**
 * The world gazetteer's places are open (built if need be): what waited for them may run.
 * Published within the gazetteer module, in the thread that opened them.
 */
record WorldGazetteerOpened() {
}
