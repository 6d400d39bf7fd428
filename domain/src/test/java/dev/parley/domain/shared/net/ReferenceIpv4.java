package dev.parley.domain.shared.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The IPv4 deny list of research notes §2.2, as plain first..last integer ranges, to check the real one against. */
final class ReferenceIpv4 {
    record Range(int first, int last) {
    }

    static final List<Range> BLOCKED = List.of(
            range(0, 0, 0, 0, 8), range(10, 0, 0, 0, 8), range(100, 64, 0, 0, 10), range(127, 0, 0, 0, 8),
            range(169, 254, 0, 0, 16), range(172, 16, 0, 0, 12), range(192, 0, 0, 0, 24), range(192, 0, 2, 0, 24),
            range(192, 88, 99, 0, 24), range(192, 168, 0, 0, 16), range(198, 18, 0, 0, 15), range(198, 51, 100, 0, 24),
            range(203, 0, 113, 0, 24), range(224, 0, 0, 0, 4), range(240, 0, 0, 0, 4), range(255, 255, 255, 255, 32));

    private ReferenceIpv4() {
    }

    static boolean isBlocked(int address) {
        long unsigned = Integer.toUnsignedLong(address);
        return BLOCKED.stream().anyMatch(r -> unsigned >= Integer.toUnsignedLong(r.first()) && unsigned <= Integer.toUnsignedLong(r.last()));
    }

    static InetAddress toInet(int address) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    private static Range range(int a, int b, int c, int d, int prefix) {
        long first = ((long) a << 24) | (b << 16) | (c << 8) | d;
        long size = 1L << (32 - prefix);
        return new Range((int) first, (int) (first + size - 1));
    }
}
