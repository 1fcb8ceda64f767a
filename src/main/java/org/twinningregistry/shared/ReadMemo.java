package org.twinningregistry.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one page request has read already, so that the parts of a page that each read the
 * same agreement or government (the page itself, its sections, its history's names) read
 * it from the database once. Records are remembered only while a {@code GET} or
 * {@code HEAD} request reads in a read-only transaction, and forgotten as soon as a
 * transaction that may write begins in that request; outside a request (imports,
 * scheduled work) nothing is remembered. What is remembered must be immutable.
 */
@Component
public class ReadMemo implements TransactionExecutionListener {

	private static final String ATTRIBUTE = ReadMemo.class.getName();

	/**
	 * The records of {@code keys} that exist: those read earlier in this request from the
	 * memo, the others from {@code load} (and remembered).
	 * @param kind what the keys name, e.g. {@code "agreement"}
	 * @param load reads the records of the keys it is given, leaving out those that do
	 * not exist
	 */
	public static <K, V> Map<K, V> read(String kind, Collection<K> keys, Function<Collection<K>, Map<K, V>> load) {
		Map<K, V> memo = memo(kind);
		if (memo == null) {
			return load.apply(keys);
		}
		Map<K, V> found = new HashMap<>();
		Set<K> missing = new LinkedHashSet<>();
		for (K key : keys) {
			V known = memo.get(key);
			if (known != null) {
				found.put(key, known);
			}
			else {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			Map<K, V> loaded = load.apply(List.copyOf(missing));
			memo.putAll(loaded);
			found.putAll(loaded);
		}
		return found;
	}

	/**
	 * The one record of {@code key}: read earlier in this request from the memo, else
	 * from {@code load} (and remembered).
	 */
	public static <K, V> V read(String kind, K key, Supplier<V> load) {
		return read(kind, List.of(key), keys -> Map.of(key, load.get())).get(key);
	}

	/** A transaction that may write begins: whatever this request read may change. */
	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (!transaction.isReadOnly()) {
			forget();
		}
	}

	/** Forgets what this request has read. */
	public static void forget() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@SuppressWarnings("unchecked")
	private static <K, V> @Nullable Map<K, V> memo(String kind) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				|| !reading(request.getRequest()) || !TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		Map<String, Map<Object, Object>> memos = (Map<String, Map<Object, Object>>) request.getAttribute(ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (memos == null) {
			memos = new HashMap<>();
			request.setAttribute(ATTRIBUTE, memos, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<K, V>) memos.computeIfAbsent(kind, k -> new HashMap<>());
	}

	private static boolean reading(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
