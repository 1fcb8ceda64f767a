package org.twinningregistry.shared;

import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Walks a whole table in id order, a page at a time, so that exports never hold a table
 * in memory: after each page the caller forgets what it handed on (e.g. clears the
 * persistence context).
 */
public final class PagedScan {

	private PagedScan() {
	}

	/**
	 * @param size rows a page
	 * @param fetch reads one page
	 * @param each receives every row
	 * @param afterPage runs once a page has been handed on
	 */
	public static <T> void inIdOrder(int size, Function<Pageable, Page<T>> fetch, Consumer<T> each,
			Runnable afterPage) {
		Pageable page = PageRequest.of(0, size, Sort.by("id"));
		Page<T> slice;
		do {
			slice = fetch.apply(page);
			slice.forEach(each);
			afterPage.run();
			page = page.next();
		}
		while (slice.hasNext());
	}

}
