package dev.parley.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.net.IpLiteral;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDnsResolverTest {
    private static final Map<String, InetAddress[]> DNS = Map.of(
            "evil.test", new InetAddress[] {ip("10.0.0.1")},
            "meta.test", new InetAddress[] {ip("169.254.169.254")},
            "mixed.test", new InetAddress[] {ip("10.0.0.1"), ip("127.0.0.1"), ip("::1"), ip("8.8.8.8")});
    private final PolicyDnsResolver resolver = new PolicyDnsResolver(OutboundAddressPolicy.fromSetting("127.0.0.1/32"), PolicyDnsResolverTest::lookUp);

    @Test
    void keepsOnlyTheAddressesThePolicyAllows() throws UnknownHostException {
        assertThat(resolver.resolve("mixed.test")).containsExactly(ip("127.0.0.1"), ip("8.8.8.8"));
        assertThat(resolver.resolve("mixed.test", 443)).extracting(a -> a.getAddress().getHostAddress()).containsExactly("127.0.0.1", "8.8.8.8");
    }

    @Test
    void aNameWithNoAllowedAddressIsABlockedDestination() {
        for (String host : new String[] {"evil.test", "meta.test"}) {
            assertThatThrownBy(() -> resolver.resolve(host)).isInstanceOf(BlockedDestinationException.class).hasMessageContaining(host);
        }
    }

    @Test
    void judgesLiteralsWithoutLookingThemUp() throws UnknownHostException {
        assertThat(resolver.resolve("127.0.0.1")).containsExactly(ip("127.0.0.1"));
        assertThatThrownBy(() -> resolver.resolve("[::1]")).isInstanceOf(BlockedDestinationException.class);
        assertThatThrownBy(() -> resolver.resolve("10.0.0.1")).isInstanceOf(BlockedDestinationException.class);
        assertThatThrownBy(() -> resolver.resolve("[::ffff:169.254.169.254]")).isInstanceOf(BlockedDestinationException.class);
    }

    @Test
    void anUnknownNameIsNotABlockedDestination() {
        assertThatThrownBy(() -> resolver.resolve("nowhere.test")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(BlockedDestinationException.class);
    }

    @Test
    void neverAsksForACanonicalName() {
        assertThat(resolver.resolveCanonicalHostname("evil.test")).isEqualTo("evil.test");
    }

    private static InetAddress[] lookUp(String host) throws UnknownHostException {
        if (host.matches("[0-9.:\\[\\]a-f]+")) {
            throw new AssertionError("a literal was looked up: " + host);
        }
        InetAddress[] answer = DNS.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        return answer;
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
