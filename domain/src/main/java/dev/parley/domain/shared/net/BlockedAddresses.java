package dev.parley.domain.shared.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The default deny list for outbound calls (research notes §2.2): every IPv4 and IPv6 range that is not public
 * unicast, plus the IPv6 forms that carry an IPv4 address inside (IPv4-mapped, NAT64, 6to4), which are judged by
 * the address they carry.
 */
public final class BlockedAddresses {
    public static final List<Cidr> IPV4 = cidrs(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32");

    /**
     * Blocked outright. Beyond the notes: {@code ::/96} (IPv4-compatible, deprecated by RFC 4291), the newer
     * documentation block {@code 3fff::/20} (RFC 9637) and, in {@link #blocks}, everything outside the global unicast
     * block {@code 2000::/3}, so unassigned space never becomes reachable by accident.
     */
    public static final List<Cidr> IPV6 = cidrs(
            "::/128", "::1/128", "::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7",
            "fe80::/10", "ff00::/8", "3fff::/20");

    public static final Cidr IPV4_MAPPED = Cidr.ofBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96);
    public static final Cidr NAT64 = Cidr.of("64:ff9b::/96");
    public static final Cidr SIX_TO_FOUR = Cidr.of("2002::/16");
    public static final Cidr GLOBAL_UNICAST = Cidr.of("2000::/3");

    private BlockedAddresses() {
    }

    /** Whether {@code address}, taken on its own (embedded IPv4 addresses aside), is in a blocked range. */
    public static boolean blocks(InetAddress address) {
        if (address.getAddress().length == 4) {
            return IPV4.stream().anyMatch(range -> range.contains(address));
        }
        return IPV6.stream().anyMatch(range -> range.contains(address)) || !GLOBAL_UNICAST.contains(address)
                && !NAT64.contains(address) && !IPV4_MAPPED.contains(address);
    }

    /** The IPv4 address an IPv4-mapped, NAT64 ({@code 64:ff9b::/96}) or 6to4 address carries; empty otherwise. */
    public static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return Optional.empty();
        }
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
            return Optional.of(IpLiteral.fromBytes(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(IpLiteral.fromBytes(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return Optional.empty();
    }

    private static List<Cidr> cidrs(String... blocks) {
        return Arrays.stream(blocks).map(Cidr::of).toList();
    }
}
