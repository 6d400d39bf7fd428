package dev.parley.domain.shared.net;

import dev.parley.domain.shared.InvalidInput;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses outbound calls to tenant-supplied URLs may reach: every public address, plus the blocks the
 * operator allows with {@code PARLEY_OUTBOUND_ALLOW_CIDRS} (for on-premises receivers, or 127.0.0.1 in tests).
 */
public final class OutboundAddressPolicy {
    public static final String SETTING = "PARLEY_OUTBOUND_ALLOW_CIDRS";

    private final List<Cidr> allowed;

    public OutboundAddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Public addresses only: the default when the operator allows nothing more. */
    public static OutboundAddressPolicy publicOnly() {
        return new OutboundAddressPolicy(List.of());
    }

    /** Reads the comma-separated allow list of {@value #SETTING}; unset or blank allows nothing more. */
    public static OutboundAddressPolicy fromSetting(String raw) {
        if (raw == null || raw.isBlank()) {
            return publicOnly();
        }
        List<Cidr> blocks = new ArrayList<>();
        for (String entry : raw.split(",", -1)) {
            if (entry.isBlank()) {
                throw new InvalidInput(SETTING, "has an empty entry; list CIDR blocks separated by commas, such as 127.0.0.1/32,10.1.0.0/16");
            }
            blocks.add(Cidr.parse(SETTING, entry));
        }
        return new OutboundAddressPolicy(blocks);
    }

    /** Whether a connection to {@code address} may be made. */
    public boolean isAllowed(InetAddress address) {
        if (allowListContains(address)) {
            return true;
        }
        return BlockedAddresses.embeddedIpv4(address)
                .map(this::isAllowed)
                .orElseGet(() -> !BlockedAddresses.blocks(address));
    }

    /** Whether the operator allowed {@code address} explicitly (which also permits plain http to it). */
    public boolean allowListContains(InetAddress address) {
        return allowed.stream().anyMatch(block -> block.contains(address));
    }

    public List<Cidr> allowed() {
        return allowed;
    }

    @Override
    public String toString() {
        return "OutboundAddressPolicy[public addresses plus " + allowed + "]";
    }
}
