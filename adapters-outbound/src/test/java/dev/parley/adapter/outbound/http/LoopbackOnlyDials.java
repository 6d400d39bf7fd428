package dev.parley.adapter.outbound.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' own guard, independent of the policy under test: records every dial and refuses any that is not to a
 * loopback address, so a policy bug makes a test fail instead of sending packets off this machine.
 */
final class LoopbackOnlyDials implements DialGuard {
    private final List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();
    private final List<InetSocketAddress> refused = new CopyOnWriteArrayList<>();

    @Override
    public void check(InetSocketAddress target) throws IOException {
        if (!target.getAddress().isLoopbackAddress()) {
            refused.add(target);
            throw new IOException("test guard: refusing to dial non-loopback " + target);
        }
        dialled.add(target);
    }

    List<InetSocketAddress> dialled() {
        return List.copyOf(dialled);
    }

    List<InetSocketAddress> refused() {
        return List.copyOf(refused);
    }
}
