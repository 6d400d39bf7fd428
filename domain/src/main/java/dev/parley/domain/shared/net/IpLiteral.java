package dev.parley.domain.shared.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IP address literals strictly and without ever asking DNS: a plain dotted quad for IPv4 (no leading zeros,
 * no shortened or numeric forms such as {@code 127.1} or {@code 2130706433}) or an IPv6 text form without brackets.
 */
public final class IpLiteral {
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile("^" + OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET + "$");
    private static final Pattern IPV6_TEXT = Pattern.compile("^[0-9A-Fa-f:][0-9A-Fa-f:.]*$");

    private IpLiteral() {
    }

    /** The address {@code text} spells, or empty when it is not a strict literal (a host name, say). */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher quad = DOTTED_QUAD.matcher(text);
        if (quad.matches()) {
            byte[] octets = new byte[4];
            for (int i = 0; i < 4; i++) {
                octets[i] = (byte) Integer.parseInt(quad.group(i + 1));
            }
            return Optional.of(fromBytes(octets));
        }
        if (text.indexOf(':') >= 0 && IPV6_TEXT.matcher(text).matches()) {
            try {
                // A text containing ':' is only ever parsed as an IPv6 literal, never looked up.
                return Optional.of(InetAddress.getByName(text));
            } catch (UnknownHostException notALiteral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Wraps 4 or 16 raw bytes; never resolves anything. */
    public static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException wrongLength) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + bytes.length, wrongLength);
        }
    }
}
