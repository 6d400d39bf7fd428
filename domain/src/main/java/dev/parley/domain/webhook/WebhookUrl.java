package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.net.IpLiteral;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook delivers. At create and update: an absolute {@code https} URL of at most 2048 characters, without
 * user info, whose host is a name or an address the outbound policy allows; plain {@code http} only to an address the
 * operator allowed explicitly. {@code localhost} (and {@code *.localhost}, RFC 6761) counts as the address 127.0.0.1.
 * Host names are judged again at every delivery, after DNS, by the transport.
 */
public final class WebhookUrl {
    public static final int MAX_LENGTH = 2048;
    private static final String FIELD = "url";
    private static final InetAddress LOOPBACK = IpLiteral.parse("127.0.0.1").orElseThrow();

    private final URI uri;

    private WebhookUrl(URI uri) {
        this.uri = uri;
    }

    /** Validates a URL a customer submitted, refusing it as {@code url} with the rule it breaks. */
    public static WebhookUrl parse(String raw, OutboundAddressPolicy policy) {
        InvalidInput.required(FIELD, raw);
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "must not be longer than " + MAX_LENGTH + " characters");
        }
        URI uri = absolute(raw);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new InvalidInput(FIELD, "must not contain a user name or password");
        }
        if (uri.getHost() == null) {
            throw new InvalidInput(FIELD, "must have a valid host name");
        }
        if (uri.getPort() == 0) {
            throw new InvalidInput(FIELD, "must not use port 0");
        }
        Optional<InetAddress> literal = literalAddress(uri.getHost());
        if (literal.isPresent() && !policy.isAllowed(literal.get())) {
            throw new InvalidInput(FIELD, "must not point at a private, loopback, link-local or metadata address");
        }
        if (scheme.equals("http") && !literal.map(policy::allowListContains).orElse(false)) {
            throw new InvalidInput(FIELD, "must use https (plain http only to an address allowed by " + OutboundAddressPolicy.SETTING + ")");
        }
        return new WebhookUrl(uri);
    }

    /** A URL as stored; it passed {@link #parse} once, and the transport re-checks its destination on every call. */
    public static WebhookUrl rehydrate(String stored) {
        try {
            return new WebhookUrl(new URI(stored));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a stored webhook URL must be a URI", e);
        }
    }

    private static URI absolute(String raw) {
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new InvalidInput(FIELD, "must be a valid URL");
        }
        if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("https") && !uri.getScheme().equalsIgnoreCase("http")) {
            throw new InvalidInput(FIELD, "must use https");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new InvalidInput(FIELD, "must be an absolute URL");
        }
        return uri;
    }

    /**
     * The address a host spells literally: a dotted quad, a bracketed IPv6 address or {@code localhost}. A host that
     * looks numeric in any other way ({@code 127.1}, {@code 2130706433}, {@code 0x7f.0.0.1}, {@code 0177.0.0.1}) is
     * refused, since resolvers read such forms as addresses too.
     */
    private static Optional<InetAddress> literalAddress(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return Optional.of(IpLiteral.parse(host.substring(1, host.length() - 1))
                    .orElseThrow(() -> new InvalidInput(FIELD, "must have a valid IPv6 address in brackets")));
        }
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of(LOOPBACK);
        }
        Optional<InetAddress> quad = IpLiteral.parse(name);
        if (quad.isEmpty() && looksNumeric(name)) {
            throw new InvalidInput(FIELD, "must name its host with a domain name or a plain dotted-quad IPv4 address");
        }
        return quad;
    }

    private static boolean looksNumeric(String name) {
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        return lastLabel.matches("[0-9]+|0x[0-9a-f]*");
    }

    public URI uri() {
        return uri;
    }

    public String value() {
        return uri.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookUrl that && uri.toString().equals(that.uri.toString());
    }

    @Override
    public int hashCode() {
        return uri.toString().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
