package dev.parley.adapter.outbound.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import org.apache.hc.client5.http.io.DetachedSocketFactory;

/**
 * Makes direct sockets (never through a proxy, whatever the system properties say) that run a {@link DialGuard}
 * on the exact address they are about to connect to.
 */
final class GuardedSocketFactory implements DetachedSocketFactory {
    private final DialGuard guard;

    GuardedSocketFactory(DialGuard guard) {
        this.guard = guard;
    }

    @Override
    public Socket create(Proxy ignored) {
        return new GuardedSocket(guard);
    }

    private static final class GuardedSocket extends Socket {
        private final DialGuard guard;

        GuardedSocket(DialGuard guard) {
            super(Proxy.NO_PROXY);
            this.guard = guard;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
                throw new BlockedDestinationException("only resolved addresses are dialled, not " + endpoint);
            }
            guard.check(target);
            super.connect(endpoint, timeout);
        }
    }
}
