package org.twinningregistry.account.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A client address as the sign-in throttle counts it: an IPv4 address as it is, an IPv6
 * address as its /64 network (one subscriber usually holds a whole /64, and would
 * otherwise get a fresh count with every address of it), anything else as typed.
 */
final class ClientAddress {

	/** Only literals are parsed: a host name would be looked up in the DNS. */
	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientAddress() {
	}

	static String of(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		String stripped = address.strip();
		if (stripped.startsWith("[") && stripped.endsWith("]")) {
			stripped = stripped.substring(1, stripped.length() - 1);
		}
		if (!stripped.contains(":") || !IPV6_LITERAL.matcher(stripped).matches()) {
			return stripped.toLowerCase(Locale.ROOT);
		}
		try {
			InetAddress parsed = InetAddress.getByName(stripped);
			if (parsed instanceof Inet6Address) {
				byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
				Arrays.fill(network, 8, 16, (byte) 0);
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return stripped.toLowerCase(Locale.ROOT);
		}
	}

}
