package dev.parley.domain.shared.net;

import dev.parley.domain.shared.InvalidInput;
import java.net.InetAddress;
import java.util.Arrays;

/** A block of IPv4 or IPv6 addresses written {@code address/prefix}; a bare address is a block of one. */
public final class Cidr {
    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses {@code text}, refusing anything unclear (host bits set, prefix out of range) as {@code field}. */
    public static Cidr parse(String field, String text) {
        InvalidInput.required(field, text);
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress address = IpLiteral.parse(addressPart).orElseThrow(() -> new InvalidInput(field,
                "entry \"" + trimmed + "\" is not an IP address or CIDR block such as 10.0.0.0/8 or fd00::/8"));
        byte[] bytes = address.getAddress();
        int maxLength = bytes.length * 8;
        int prefix = slash < 0 ? maxLength : prefixLength(field, trimmed, trimmed.substring(slash + 1), maxLength);
        Cidr cidr = new Cidr(bytes, prefix);
        if (!Arrays.equals(cidr.masked(bytes), bytes)) {
            throw new InvalidInput(field, "entry \"" + trimmed + "\" has address bits set beyond its /" + prefix
                    + " prefix (did you mean " + new Cidr(cidr.masked(bytes), prefix) + "?)");
        }
        return cidr;
    }

    /** Parses a block written in code; a malformed one is a programming error. */
    public static Cidr of(String text) {
        try {
            return parse("cidr", text);
        } catch (InvalidInput e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A block from raw bytes, for prefixes Java cannot spell as text (it reads {@code ::ffff:0:0} as IPv4). */
    static Cidr ofBytes(byte[] network, int prefixLength) {
        return new Cidr(network.clone(), prefixLength);
    }

    private static int prefixLength(String field, String whole, String digits, int maxLength) {
        if (!digits.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(digits) > maxLength) {
            throw new InvalidInput(field, "entry \"" + whole + "\" needs a prefix length from 0 to " + maxLength);
        }
        return Integer.parseInt(digits);
    }

    /** Whether {@code address} lies in this block; an IPv4 block never contains an IPv6 address or the reverse. */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes), network);
    }

    public boolean isIpv4() {
        return network.length == 4;
    }

    public int prefixLength() {
        return prefixLength;
    }

    private byte[] masked(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int bitsInThisByte = Math.max(0, Math.min(8, prefixLength - 8 * i));
            out[i] = (byte) (bytes[i] & (0xFF << (8 - bitsInThisByte)));
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && prefixLength == that.prefixLength && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return IpLiteral.fromBytes(network).getHostAddress() + "/" + prefixLength;
    }
}
