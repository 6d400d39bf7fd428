package dev.parley.domain.shared.net;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class OutboundAddressPolicyTest {
    private static final OutboundAddressPolicy PUBLIC_ONLY = OutboundAddressPolicy.publicOnly();

    /** Research notes §2.2, from Svix's and smokescreen's tests. */
    private static final List<String> BLOCKED_VECTORS = List.of(
            "10.254.0.0", "192.168.10.65", "172.16.10.65", "0.1.2.3", "0.0.0.0", "127.0.0.1", "169.254.45.1",
            "255.255.255.255", "192.0.2.255", "198.51.100.65", "203.0.113.6", "100.100.0.0", "192.0.0.0", "192.0.0.255",
            "250.10.20.30", "198.18.0.0", "::1", "::ffff:127.0.0.1", "::ffff:0.0.0.1", "fc00::1", "64:ff9b::a00:1",
            "169.254.169.254");
    private static final List<String> ALLOWED_VECTORS = List.of("1.1.1.1", "8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8");

    @Example
    void refusesEveryBlockedVectorOfTheResearchNotes() {
        for (String vector : BLOCKED_VECTORS) {
            assertThat(PUBLIC_ONLY.isAllowed(ip(vector))).as(vector).isFalse();
        }
    }

    @Example
    void allowsEveryPublicVectorOfTheResearchNotes() {
        for (String vector : ALLOWED_VECTORS) {
            assertThat(PUBLIC_ONLY.isAllowed(ip(vector))).as(vector).isTrue();
        }
    }

    @Example
    void refusesMetadataAndOtherNonPublicAddressesInEveryFamily() {
        for (String blocked : new String[] {"100.100.100.200", "100.64.0.0", "100.127.255.255", "172.31.255.255",
                "192.88.99.1", "198.19.255.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "::", "::127.0.0.1",
                "::8.8.8.8", "fd00:ec2::254", "fe80::1", "febf::1", "ff02::1", "2001:db8::1", "2001::1", "2001:0:ffff::1",
                "100::1", "64:ff9b:1::8.8.8.8", "2002:a00:1::", "2002:a9fe:a9fe::1", "2002:7f00:1::", "64:ff9b::7f00:1",
                "64:ff9b::169.254.169.254", "4000::1", "1::1", "fec0::1", "3fff::1"}) {
            assertThat(PUBLIC_ONLY.isAllowed(ip(blocked))).as(blocked).isFalse();
        }
    }

    @Example
    void allowsPublicAddressesRightBesideBlockedRanges() {
        for (String allowed : new String[] {"100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "192.0.1.1",
                "192.0.3.0", "198.17.255.255", "198.20.0.0", "223.255.255.255", "11.0.0.0", "9.255.255.255",
                "64:ff9b::808:808", "2002:808:808::1", "2606:4700:4700::1111", "2001:1::1", "2a00:1450::1"}) {
            assertThat(PUBLIC_ONLY.isAllowed(ip(allowed))).as(allowed).isTrue();
        }
    }

    @Example
    void ipv4MappedAddressesHeldAsIpv6AreJudgedByTheirIpv4Address() throws UnknownHostException {
        assertThat(PUBLIC_ONLY.isAllowed(mapped(ip("127.0.0.1")))).isFalse();
        assertThat(PUBLIC_ONLY.isAllowed(mapped(ip("169.254.169.254")))).isFalse();
        assertThat(PUBLIC_ONLY.isAllowed(mapped(ip("8.8.8.8")))).isTrue();
    }

    @Example
    void theOperatorsAllowListOverridesTheBlockListForWhatItContains() throws UnknownHostException {
        OutboundAddressPolicy loopback = OutboundAddressPolicy.fromSetting("127.0.0.1/32");

        assertThat(loopback.isAllowed(ip("127.0.0.1"))).isTrue();
        assertThat(loopback.isAllowed(mapped(ip("127.0.0.1")))).isTrue();
        assertThat(loopback.isAllowed(ip("127.0.0.2"))).isFalse();
        assertThat(loopback.isAllowed(ip("::1"))).isFalse();
        assertThat(loopback.isAllowed(ip("10.0.0.1"))).isFalse();
        assertThat(loopback.isAllowed(ip("8.8.8.8"))).isTrue();
        assertThat(loopback.allowListContains(ip("127.0.0.1"))).isTrue();
        assertThat(loopback.allowListContains(ip("8.8.8.8"))).isFalse();

        OutboundAddressPolicy onPremises = OutboundAddressPolicy.fromSetting(" 10.0.0.0/8 , fd00::/8 ");
        assertThat(onPremises.isAllowed(ip("10.20.30.40"))).isTrue();
        assertThat(onPremises.isAllowed(ip("64:ff9b::a00:1"))).isTrue();
        assertThat(onPremises.isAllowed(ip("2002:a00:1::"))).isTrue();
        assertThat(onPremises.isAllowed(ip("fd12::1"))).isTrue();
        assertThat(onPremises.isAllowed(ip("fc00::1"))).isFalse();
        assertThat(onPremises.isAllowed(ip("192.168.0.1"))).isFalse();
        assertThat(onPremises.allowed()).containsExactly(Cidr.of("10.0.0.0/8"), Cidr.of("fd00::/8"));
    }

    @Example
    void anUnsetOrBlankSettingAllowsOnlyPublicAddresses() {
        for (String unset : new String[] {null, "", "  "}) {
            assertThat(OutboundAddressPolicy.fromSetting(unset).allowed()).isEmpty();
        }
    }

    @Example
    void aMalformedSettingIsRefusedNamingTheSetting() {
        for (String bad : new String[] {"127.0.0.1/33", "localhost", "127.0.0.1/32,", ",127.0.0.1/32", "127.0.0.1/32,,::1",
                "10.0.0.1/8", "127.0.0.1/32;10.0.0.0/8", "*"}) {
            assertRefused(OutboundAddressPolicy.SETTING, () -> OutboundAddressPolicy.fromSetting(bad));
        }
    }

    @Provide
    Arbitrary<Integer> ipv4s() {
        Arbitrary<Integer> edges = Arbitraries.of(ReferenceIpv4.BLOCKED).flatMap(range -> Arbitraries.of(
                range.first() - 1, range.first(), range.first() + 1, range.last() - 1, range.last(), range.last() + 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                Tuple.of(2, edges));
    }

    @Property(tries = 2000)
    void agreesWithAStraightforwardReferenceOnEveryIpv4Address(@ForAll("ipv4s") int address) throws UnknownHostException {
        InetAddress inet = ReferenceIpv4.toInet(address);

        assertThat(PUBLIC_ONLY.isAllowed(inet)).as(inet.getHostAddress()).isEqualTo(!ReferenceIpv4.isBlocked(address));
    }

    @Property(tries = 1000)
    void anAllowListOverridesExactlyWhatItContains(@ForAll("ipv4s") int address, @ForAll("ipv4s") int allowedNetwork,
                                                   @ForAll @IntRange(min = 8, max = 32) int prefix) throws UnknownHostException {
        int mask = (int) (0xFFFFFFFFL << (32 - prefix));
        String block = ReferenceIpv4.toInet(allowedNetwork & mask).getHostAddress() + "/" + prefix;
        OutboundAddressPolicy policy = OutboundAddressPolicy.fromSetting(block);
        boolean inBlock = (address & mask) == (allowedNetwork & mask);

        assertThat(policy.isAllowed(ReferenceIpv4.toInet(address))).isEqualTo(inBlock || !ReferenceIpv4.isBlocked(address));
    }

    @Property(tries = 1000)
    void ipv6FormsCarryingAnIpv4AddressAreJudgedByIt(@ForAll("ipv4s") int address) throws UnknownHostException {
        InetAddress inet = ReferenceIpv4.toInet(address);
        byte[] v4 = inet.getAddress();
        byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, v4[0], v4[1], v4[2], v4[3]};
        byte[] sixToFour = {0x20, 0x02, v4[0], v4[1], v4[2], v4[3], 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        boolean expected = !ReferenceIpv4.isBlocked(address);

        assertThat(PUBLIC_ONLY.isAllowed(mapped(inet))).isEqualTo(expected);
        assertThat(PUBLIC_ONLY.isAllowed(InetAddress.getByAddress(nat64))).isEqualTo(expected);
        assertThat(PUBLIC_ONLY.isAllowed(InetAddress.getByAddress(sixToFour))).isEqualTo(expected);
    }

    private static InetAddress mapped(InetAddress v4) throws UnknownHostException {
        byte[] b = v4.getAddress();
        byte[] bytes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, b[0], b[1], b[2], b[3]};
        return Inet6Address.getByAddress(null, bytes, -1);
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow(() -> new AssertionError("not a literal: " + literal));
    }
}
