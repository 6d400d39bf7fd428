package dev.parley.adapter.outbound.http;

import dev.parley.domain.shared.net.IpLiteral;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host once and hands HttpClient only the addresses the policy allows, so the connection can only be
 * dialled to those: a name that later re-resolves to a private address (DNS rebinding) never reaches it.
 */
final class PolicyDnsResolver implements DnsResolver {
    private final OutboundAddressPolicy policy;
    private final HostResolver resolver;

    PolicyDnsResolver(OutboundAddressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Optional<InetAddress> literal = IpLiteral.parse(unbracketed(host));
        InetAddress[] candidates = literal.isPresent() ? new InetAddress[] {literal.get()} : resolver.resolve(host);
        InetAddress[] allowed = Arrays.stream(candidates).filter(policy::isAllowed).toArray(InetAddress[]::new);
        if (allowed.length == 0) {
            throw new BlockedDestinationException(host + " has no address outbound calls may reach");
        }
        return allowed;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
