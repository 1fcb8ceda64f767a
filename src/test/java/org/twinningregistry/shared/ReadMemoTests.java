package org.twinningregistry.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read memo remembers only while a GET or HEAD request reads in a read-only
 * transaction, asks its loader only for what it has not read yet, and forgets when a
 * transaction that may write begins.
 */
class ReadMemoTests {

	/** Every call of the loader, with the keys it was asked for. */
	private final List<List<String>> loads = new ArrayList<>();

	@AfterEach
	void reset() {
		RequestContextHolder.resetRequestAttributes();
		TransactionSynchronizationManager.clear();
	}

	@Test
	void aGetRequestReadingReadsEachRecordOnce() {
		// given
		request("GET", true);
		// when
		Map<String, String> first = read("a", "b");
		Map<String, String> second = read("b", "c", "missing");
		Map<String, String> third = read("a", "c");
		// then
		assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "b", "B"));
		assertThat(second).containsExactlyInAnyOrderEntriesOf(Map.of("b", "B", "c", "C"));
		assertThat(third).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "c", "C"));
		assertThat(this.loads).containsExactly(List.of("a", "b"), List.of("c", "missing"));
	}

	@Test
	void oneRecordIsReadOnceAndKindsAreApart() {
		// given
		request("HEAD", true);
		// when
		String first = ReadMemo.read("list", "criteria", () -> load(List.of("x")).get("x"));
		String second = ReadMemo.read("list", "criteria", () -> load(List.of("x")).get("x"));
		Map<String, String> other = ReadMemo.read("other", List.of("criteria"), this::load);
		// then
		assertThat(first).isEqualTo("X").isEqualTo(second);
		assertThat(other).containsEntry("criteria", "CRITERIA");
		assertThat(this.loads).containsExactly(List.of("x"), List.of("criteria"));
	}

	@Test
	void aTransactionThatMayWriteMakesItForget() {
		// given
		request("GET", true);
		read("a");
		// when
		new ReadMemo().afterBegin(new TransactionExecution() {
			@Override
			public boolean isReadOnly() {
				return true;
			}
		}, null);
		read("a");
		new ReadMemo().afterBegin(new TransactionExecution() {
		}, null);
		read("a");
		// then: a read-only one does not, one that may write does
		assertThat(this.loads).containsExactly(List.of("a"), List.of("a"));
	}

	@Test
	void nothingIsRememberedWhileWritingOrOutsideAGetRequest() {
		// a POST
		request("POST", true);
		read("a");
		read("a");
		// a GET in a transaction that may write
		request("GET", false);
		read("a");
		read("a");
		// no transaction
		request("GET", true);
		TransactionSynchronizationManager.setActualTransactionActive(false);
		read("a");
		read("a");
		// no request (an import, a scheduled job)
		RequestContextHolder.resetRequestAttributes();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		read("a");
		read("a");
		assertThat(this.loads).hasSize(8);
	}

	private static void request(String method, boolean readOnly) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
		TransactionSynchronizationManager.setActualTransactionActive(true);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
	}

	private Map<String, String> read(String... keys) {
		return ReadMemo.read("test", List.of(keys), this::load);
	}

	private Map<String, String> load(Collection<String> keys) {
		this.loads.add(List.copyOf(keys));
		Map<String, String> found = new LinkedHashMap<>();
		keys.stream().filter(key -> !"missing".equals(key)).forEach(key -> found.put(key, key.toUpperCase()));
		return found;
	}

}
