package dev.parley.adapter.outbound.http;

import java.net.UnknownHostException;

/**
 * A destination the outbound policy refuses. An {@link UnknownHostException} so it can leave HttpClient's
 * {@code DnsResolver}; told apart from a real lookup failure by its type.
 */
final class BlockedDestinationException extends UnknownHostException {
    BlockedDestinationException(String message) {
        super(message);
    }
}
