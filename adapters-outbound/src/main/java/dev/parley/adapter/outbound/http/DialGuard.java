package dev.parley.adapter.outbound.http;

import java.io.IOException;
import java.net.InetSocketAddress;

/** The last check before a socket connects: throws to stop the dial. */
@FunctionalInterface
interface DialGuard {
    DialGuard NONE = target -> {
    };

    void check(InetSocketAddress target) throws IOException;
}
