package dev.parley.domain.shared.net;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.net.InetAddress;
import net.jqwik.api.Example;

class CidrTest {

    @Example
    void containsExactlyTheAddressesUnderItsPrefix() {
        Cidr block = Cidr.of("172.16.0.0/12");

        assertThat(block.contains(ip("172.16.0.0"))).isTrue();
        assertThat(block.contains(ip("172.31.255.255"))).isTrue();
        assertThat(block.contains(ip("172.15.255.255"))).isFalse();
        assertThat(block.contains(ip("172.32.0.0"))).isFalse();
        assertThat(block.prefixLength()).isEqualTo(12);
        assertThat(block.isIpv4()).isTrue();
    }

    @Example
    void anIpv4BlockNeverContainsAnIpv6AddressNorTheReverse() {
        assertThat(Cidr.of("0.0.0.0/0").contains(ip("::1"))).isFalse();
        assertThat(Cidr.of("::/0").contains(ip("1.2.3.4"))).isFalse();
        assertThat(Cidr.of("::/0").contains(ip("::1"))).isTrue();
    }

    @Example
    void aBareAddressIsABlockOfOne() {
        assertThat(Cidr.of("127.0.0.1")).isEqualTo(Cidr.of("127.0.0.1/32"));
        assertThat(Cidr.of("::1").prefixLength()).isEqualTo(128);
        assertThat(Cidr.of("127.0.0.1").contains(ip("127.0.0.2"))).isFalse();
    }

    @Example
    void ipv6BlocksMatchOnTheirPrefix() {
        Cidr ula = Cidr.of("fc00::/7");

        assertThat(ula.contains(ip("fd00:ec2::254"))).isTrue();
        assertThat(ula.contains(ip("fe00::1"))).isFalse();
        assertThat(Cidr.of("fe80::/10").contains(ip("febf:ffff::1"))).isTrue();
        assertThat(Cidr.of("fe80::/10").contains(ip("fec0::1"))).isFalse();
    }

    @Example
    void refusesUnclearBlocksNamingTheField() {
        for (String bad : new String[] {"", "banana", "10.0.0.0/", "10.0.0.0/33", "::/129", "10.0.0.0/08", "10.0.0.0/-1",
                "10.0.0.0/8/8", "127.1/32", "[::1]/128", "10.0.0.0 /8", "10.0.0.1/8", "fd00::1/8", "example.com/24"}) {
            assertRefused("allow", () -> Cidr.parse("allow", bad));
        }
        assertRefused("allow", () -> Cidr.parse("allow", null));
    }

    @Example
    void aBlockWithHostBitsSetSuggestsItsNetwork() {
        assertThatThrownBy(() -> Cidr.parse("allow", "10.0.0.1/8")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("did you mean 10.0.0.0/8?");
    }

    @Example
    void printsAsAddressSlashPrefix() {
        assertThat(Cidr.of(" 192.168.0.0/16 ")).hasToString("192.168.0.0/16");
        assertThat(Cidr.of("0.0.0.0/0")).hasToString("0.0.0.0/0");
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
