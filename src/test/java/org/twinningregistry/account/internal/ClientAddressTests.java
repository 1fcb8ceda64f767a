package org.twinningregistry.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void keepsAnIpv4AddressAsItIs() {
		assertThat(ClientAddress.of("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	@Test
	void countsAnIpv6AddressAsItsSlash64() {
		assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(ClientAddress.of("[2001:db8:1:2::1]"))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64")
			.isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
	}

	@Test
	void leavesAnythingElseAsTypedWithoutLookingItUp() {
		assertThat(ClientAddress.of("Proxy.Example")).isEqualTo("proxy.example");
		assertThat(ClientAddress.of(null)).isEmpty();
	}

}
