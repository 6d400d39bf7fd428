package dev.parley.adapter.outbound.http;

import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.shared.net.IpLiteral;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.RetryAfter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client for URLs that tenants supply (research notes §2.3), on Apache HttpClient 5. Host names are
 * resolved once and only addresses the {@link OutboundAddressPolicy} allows are dialled; IP literals are checked
 * too, and every socket re-checks the exact address it connects to. No redirects, no proxy, no automatic retries,
 * no decompression; a connect timeout, a response timeout between packets and an overall deadline of both; at most
 * {@link Settings#maxResponseBytes()} of the answer read. Failures come back as outcomes, never as exceptions.
 */
public final class SafeHttpClient implements WebhookTransport, AutoCloseable {
    private static final Set<String> TRANSPORT_HEADERS = Set.of("host", "content-length", "transfer-encoding", "connection");

    /** Timeouts, the response cap and the {@code User-Agent}. */
    public record Settings(Duration connectTimeout, Duration responseTimeout, int maxResponseBytes, String userAgent) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(5), Duration.ofSeconds(15), 64 * 1024, "Parley-Webhooks/1.0");

        public Settings {
            if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative() || responseTimeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (maxResponseBytes < 0) {
                throw new IllegalArgumentException("the response cap cannot be negative");
            }
        }

        public Settings withTimeouts(Duration connect, Duration response) {
            return new Settings(connect, response, maxResponseBytes, userAgent);
        }

        /** Connecting and answering together may take no longer than this. */
        Duration deadline() {
            return connectTimeout.plus(responseTimeout);
        }
    }

    private final OutboundAddressPolicy policy;
    private final Settings settings;
    private final CloseableHttpClient client;
    private final ScheduledThreadPoolExecutor deadlines;

    /** Resolves names with the system resolver. */
    public SafeHttpClient(OutboundAddressPolicy policy, Settings settings) {
        this(policy, settings, HostResolver.SYSTEM, DialGuard.NONE);
    }

    /** With a stand-in resolver and an extra check before every dial, for tests that must never leave loopback. */
    SafeHttpClient(OutboundAddressPolicy policy, Settings settings, HostResolver resolver, DialGuard extraGuard) {
        this.policy = policy;
        this.settings = settings;
        DialGuard guard = target -> {
            extraGuard.check(target);
            if (!policy.isAllowed(target.getAddress())) {
                throw new BlockedDestinationException(target.getAddress().getHostAddress() + " is not an address outbound calls may reach");
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(new GuardedConnectionManagerBuilder(new GuardedSocketFactory(guard))
                        .setDnsResolver(new PolicyDnsResolver(policy, resolver))
                        .setTlsSocketStrategy(DefaultClientTlsStrategy.createDefault())
                        .setDefaultTlsConfig(TlsConfig.custom().setSupportedProtocols(TLS.V_1_3, TLS.V_1_2)
                                .setHandshakeTimeout(Timeout.of(settings.responseTimeout())).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .setMaxConnTotal(200)
                        .setMaxConnPerRoute(20)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setExpectContinueEnabled(false)
                        .setProtocolUpgradeEnabled(false)
                        .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(settings.userAgent())
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "safe-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * POSTs {@code body} to {@code url}; {@code Content-Type} defaults to {@code application/json}. Headers that
     * belong to the transport ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection})
     * may not be given.
     */
    @Override
    public DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body) {
        long started = System.nanoTime();
        HttpPost request = request(url, headers, body);
        AtomicBoolean pastDeadline = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            pastDeadline.set(true);
            request.cancel();
        }, settings.deadline().toNanos(), TimeUnit.NANOSECONDS);
        try {
            refuseBlockedLiteral(url);
            return send(request, started);
        } catch (IOException | RuntimeException failure) {
            DeliveryError error = pastDeadline.get() ? DeliveryError.TIMEOUT : FailureClass.of(failure);
            return DeliveryOutcome.failed(error, since(started));
        } finally {
            deadline.cancel(false);
        }
    }

    private HttpPost request(URI url, Map<String, String> headers, byte[] body) {
        HttpPost request = new HttpPost(url);
        headers.forEach((name, value) -> {
            if (TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + " is set by the transport, not by the caller");
            }
            request.addHeader(name, value);
        });
        if (!request.containsHeader("Content-Type")) {
            request.addHeader("Content-Type", "application/json");
        }
        request.setEntity(new ByteArrayEntity(body, null));
        return request;
    }

    private void refuseBlockedLiteral(URI url) throws BlockedDestinationException {
        if (url.getHost() == null) {
            throw new BlockedDestinationException("a URL without a host cannot be called: " + url);
        }
        Optional<InetAddress> literal = IpLiteral.parse(PolicyDnsResolver.unbracketed(url.getHost()));
        if (literal.isPresent() && !policy.isAllowed(literal.get())) {
            throw new BlockedDestinationException(url.getHost() + " is not an address outbound calls may reach");
        }
    }

    private DeliveryOutcome send(HttpPost request, long started) throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, request, null);
        try {
            int status = response.getCode();
            if (status < 100 || status > 599) {
                request.cancel();
                return DeliveryOutcome.failed(DeliveryError.CONNECTION_ERROR, since(started));
            }
            Optional<RetryAfter> retryAfter = Optional.ofNullable(response.getFirstHeader("Retry-After")).map(Header::getValue).flatMap(RetryAfter::parse);
            BoundedBody read = BoundedBody.read(response.getEntity(), settings.maxResponseBytes());
            if (read.truncated()) {
                request.cancel();
                return DeliveryOutcome.tooLarge(status, since(started), read.bytes());
            }
            return DeliveryOutcome.answered(status, since(started), read.bytes(), retryAfter);
        } finally {
            closeQuietly(response);
        }
    }

    /** Closing after a cancel fails on the dropped socket; the outcome is known by then, so that is no news. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException alreadyDropped) {
            // nothing left to release
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** The first bytes of an answer, and whether there were more than the cap; the stream is left to the response to close. */
    private record BoundedBody(byte[] bytes, boolean truncated) {
        static BoundedBody read(HttpEntity entity, int cap) throws IOException {
            if (entity == null) {
                return new BoundedBody(new byte[0], false);
            }
            byte[] buffer = new byte[cap + 1];
            int filled = 0;
            InputStream in = entity.getContent();
            for (int n; filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) != -1; ) {
                filled += n;
            }
            return filled > cap ? new BoundedBody(Arrays.copyOf(buffer, cap), true) : new BoundedBody(Arrays.copyOf(buffer, filled), false);
        }
    }

    /** HttpClient's pooling manager with sockets from our guarded factory. */
    private static final class GuardedConnectionManagerBuilder extends PoolingHttpClientConnectionManagerBuilder {
        private final GuardedSocketFactory sockets;

        GuardedConnectionManagerBuilder(GuardedSocketFactory sockets) {
            this.sockets = sockets;
        }

        @Override
        protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver ports, org.apache.hc.client5.http.DnsResolver dns,
                                                                        TlsSocketStrategy tls) {
            return new DefaultHttpClientConnectionOperator(sockets, ports, dns, scheme -> "https".equalsIgnoreCase(scheme) ? tls : null);
        }
    }
}
