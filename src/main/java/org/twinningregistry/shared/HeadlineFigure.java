package org.twinningregistry.shared;

/**
 * A number shown on the home page, contributed by the module that owns it so that the UI
 * shell needs no dependency on feature modules.
 */
public interface HeadlineFigure {

	/** Sort position on the page, lowest first. */
	int order();

	/** Message key of the label. */
	String labelKey();

	/** The path of the list the figure links to. */
	String link();

	long count();

}
