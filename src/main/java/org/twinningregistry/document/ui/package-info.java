/**
 * Document pages: the documents section of agreement and engagement pages, its upload and
 * remove forms, and downloads for signed-in page sessions.
 */
@NullMarked
package org.twinningregistry.document.ui;

import org.jspecify.annotations.NullMarked;
