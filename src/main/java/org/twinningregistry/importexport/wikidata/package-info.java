/**
 * The round trip with Wikidata: the registry's agreements as QuickStatements commands
 * ("twinned administrative body", P190, both ways), and a Wikidata query result
 * reconciled with the registry by item id, reporting the ties missing on either side.
 */
@NullMarked
package org.twinningregistry.importexport.wikidata;

import org.jspecify.annotations.NullMarked;
