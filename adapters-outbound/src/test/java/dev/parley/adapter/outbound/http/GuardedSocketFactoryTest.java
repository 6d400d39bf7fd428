package dev.parley.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedSocketFactoryTest {

    @Test
    void theGuardSeesTheExactAddressAndStopsTheDialBeforeAnyPacket() throws IOException {
        int closedPort = closedLoopbackPort();
        List<InetSocketAddress> seen = new ArrayList<>();
        GuardedSocketFactory factory = new GuardedSocketFactory(target -> {
            seen.add(target);
            throw new BlockedDestinationException("no");
        });
        InetSocketAddress target = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), closedPort);

        try (Socket socket = factory.create(Proxy.NO_PROXY)) {
            // Had the guard not stopped it, this closed loopback port would have answered with a ConnectException.
            assertThatThrownBy(() -> socket.connect(target, 1000)).isInstanceOf(BlockedDestinationException.class);
            assertThat(socket.isConnected()).isFalse();
        }
        assertThat(seen).containsExactly(target);
    }

    @Test
    void anAllowedDialGoesAheadDirectlyEvenWhenAskedForAProxy() throws IOException {
        int closedPort = closedLoopbackPort();
        GuardedSocketFactory factory = new GuardedSocketFactory(DialGuard.NONE);
        Proxy socks = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), closedPort + 1));

        try (Socket socket = factory.create(socks)) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), closedPort), 1000))
                    .isInstanceOf(ConnectException.class).hasMessageNotContaining("SOCKS");
        }
    }

    @Test
    void anUnresolvedAddressIsNeverDialled() throws IOException {
        try (Socket socket = new GuardedSocketFactory(DialGuard.NONE).create(Proxy.NO_PROXY)) {
            assertThatThrownBy(() -> socket.connect(InetSocketAddress.createUnresolved("evil.test", 80), 1000))
                    .isInstanceOf(BlockedDestinationException.class);
        }
    }

    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
