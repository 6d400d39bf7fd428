package dev.parley.adapter.outbound.http;

import static dev.parley.adapter.outbound.http.LoopbackReceiver.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.net.IpLiteral;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.RetryAfter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeHttpClientTest {
    private static final OutboundAddressPolicy LOOPBACK_ALLOWED = OutboundAddressPolicy.fromSetting("127.0.0.1/32");
    private static final SafeHttpClient.Settings RELAXED = SafeHttpClient.Settings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static final SafeHttpClient.Settings FAST = SafeHttpClient.Settings.DEFAULT.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400));
    private static final byte[] BODY = {'{', '"', 'a', '"', ':', '1', '}', 0, (byte) 0xff, '\n'};
    private static final Map<String, List<String>> DNS = Map.of(
            "evil.test", List.of("10.0.0.1"),
            "meta.test", List.of("169.254.169.254"),
            "mixed.test", List.of("10.0.0.1", "127.0.0.1"),
            "loop.test", List.of("127.0.0.1"));

    private final LoopbackOnlyDials dials = new LoopbackOnlyDials();
    private LoopbackReceiver receiver;
    private SafeHttpClient client;

    @BeforeEach
    void start() throws IOException {
        receiver = new LoopbackReceiver()
                .on("/ok", status(200, "{\"received\":true}".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json")))
                .on("/no-content", status(204))
                .on("/moved", exchange -> status(301, new byte[0], Map.of("Location", receiver.url("/ok").toString())).answer(exchange))
                .on("/moved-inside", status(302, new byte[0], Map.of("Location", "http://evil.test/")))
                .on("/gone", status(410))
                .on("/throttled", status(429, new byte[0], Map.of("Retry-After", "120")))
                .on("/unavailable", status(503, new byte[0], Map.of("Retry-After", "Sat, 21 Nov 2026 10:30:00 GMT")))
                .on("/slow", exchange -> {
                    Thread.sleep(3_000);
                    status(200).answer(exchange);
                })
                .on("/trickle", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 60; i++) {
                            out.write('.');
                            out.flush();
                            Thread.sleep(100);
                        }
                    }
                })
                .on("/huge", status(200, "x".repeat(100 * 1024).getBytes(StandardCharsets.UTF_8), Map.of()))
                .on("/huge-chunked", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 1024; i++) {
                            out.write(new byte[1024]);
                        }
                    }
                })
                .on("/at-the-cap", status(200, new byte[64 * 1024], Map.of()))
                .on("/weird", status(999));
        client = client(LOOPBACK_ALLOWED, RELAXED, this::lookUp);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        receiver.close();
        assertThat(dials.refused()).as("dials the policy should have stopped").isEmpty();
    }

    @Test
    void sendsExactlyTheGivenBytesAndHeadersAsAPost() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Signature-256", "sha256=" + "ab".repeat(32));
        headers.put("webhook-id", "msg_01J0000000000000000000000");
        headers.put("webhook-timestamp", "1614265330");
        headers.put("webhook-signature", "v1,abc= v1,def=");

        DeliveryOutcome outcome = client.post(receiver.url("/ok"), headers, BODY);

        assertThat(outcome.succeeded()).isTrue();
        LoopbackReceiver.Received request = receiver.received("/ok").getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.header("X-Signature-256")).isEqualTo("sha256=" + "ab".repeat(32));
        assertThat(request.header("webhook-id")).isEqualTo("msg_01J0000000000000000000000");
        assertThat(request.header("webhook-timestamp")).isEqualTo("1614265330");
        assertThat(request.header("webhook-signature")).isEqualTo("v1,abc= v1,def=");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Content-Length")).isEqualTo(String.valueOf(BODY.length));
        assertThat(request.header("User-Agent")).isEqualTo("Parley-Webhooks/1.0");
        assertThat(request.header("Accept-Encoding")).isNull();
        assertThat(dials.dialled()).allMatch(target -> target.getAddress().getHostAddress().equals("127.0.0.1"));
    }

    @Test
    void aCallerMaySetTheContentTypeAndUserAgentButNotTransportHeaders() {
        client.post(receiver.url("/ok"), Map.of("Content-Type", "application/json; charset=utf-8", "User-Agent", "Custom/2"), BODY);

        assertThat(receiver.received("/ok").getFirst().header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(receiver.received("/ok").getFirst().header("User-Agent")).isEqualTo("Custom/2");
        for (String header : new String[] {"Host", "content-length", "Transfer-Encoding", "Connection"}) {
            assertThatThrownBy(() -> client.post(receiver.url("/ok"), Map.of(header, "x"), BODY)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void reportsTheStatusLatencyAndTheStartOfTheAnswer() {
        DeliveryOutcome ok = client.post(receiver.url("/ok"), Map.of(), BODY);
        DeliveryOutcome noContent = client.post(receiver.url("/no-content"), Map.of(), BODY);

        assertThat(ok.status()).hasValue(200);
        assertThat(ok.error()).isEmpty();
        assertThat(ok.responseExcerpt()).isEqualTo("{\"received\":true}");
        assertThat(ok.latency()).isPositive().isLessThan(Duration.ofSeconds(5));
        assertThat(noContent.status()).hasValue(204);
        assertThat(noContent.succeeded()).isTrue();
        assertThat(noContent.responseExcerpt()).isEmpty();
    }

    @Test
    void returnsARedirectWithoutFollowingIt() {
        DeliveryOutcome moved = client.post(receiver.url("/moved"), Map.of(), BODY);
        DeliveryOutcome movedToPrivate = client.post(receiver.url("/moved-inside"), Map.of(), BODY);

        assertThat(moved.status()).hasValue(301);
        assertThat(moved.succeeded()).isFalse();
        assertThat(movedToPrivate.status()).hasValue(302);
        assertThat(receiver.received("/ok")).isEmpty();
        assertThat(dials.dialled()).allMatch(target -> target.getAddress().isLoopbackAddress());
    }

    @Test
    void reportsGoneThrottledAndUnavailableWithTheirRetryAfter() {
        DeliveryOutcome gone = client.post(receiver.url("/gone"), Map.of(), BODY);
        DeliveryOutcome throttled = client.post(receiver.url("/throttled"), Map.of(), BODY);
        DeliveryOutcome unavailable = client.post(receiver.url("/unavailable"), Map.of(), BODY);

        assertThat(gone.status()).hasValue(410);
        assertThat(throttled.status()).hasValue(429);
        assertThat(throttled.retryAfter()).contains(new RetryAfter.Seconds(120));
        assertThat(unavailable.status()).hasValue(503);
        assertThat(unavailable.retryAfter()).contains(new RetryAfter.Date(Instant.parse("2026-11-21T10:30:00Z")));
    }

    @Test
    void aSlowAnswerTimesOut() throws IOException {
        try (SafeHttpClient impatient = client(LOOPBACK_ALLOWED, FAST, this::lookUp)) {
            DeliveryOutcome outcome = impatient.post(receiver.url("/slow"), Map.of(), BODY);

            assertThat(outcome.error()).contains(DeliveryError.TIMEOUT);
            assertThat(outcome.status()).isEmpty();
            assertThat(outcome.latency()).isBetween(Duration.ofMillis(350), Duration.ofMillis(2_500));
        }
    }

    @Test
    void anAnswerTricklingInUnderTheReadTimeoutStillMeetsTheOverallDeadline() throws IOException {
        try (SafeHttpClient impatient = client(LOOPBACK_ALLOWED, FAST, this::lookUp)) {
            DeliveryOutcome outcome = impatient.post(receiver.url("/trickle"), Map.of(), BODY);

            assertThat(outcome.error()).contains(DeliveryError.TIMEOUT);
            assertThat(outcome.latency()).isBetween(Duration.ofMillis(850), Duration.ofMillis(3_000));
        }
    }

    @Test
    void anAnswerLongerThanSixtyFourKibibytesIsTooLargeAndKeepsFourOfThem() {
        DeliveryOutcome sized = client.post(receiver.url("/huge"), Map.of(), BODY);
        DeliveryOutcome chunked = client.post(receiver.url("/huge-chunked"), Map.of(), BODY);
        DeliveryOutcome atTheCap = client.post(receiver.url("/at-the-cap"), Map.of(), BODY);

        assertThat(sized.error()).contains(DeliveryError.TOO_LARGE);
        assertThat(sized.status()).hasValue(200);
        assertThat(sized.responseExcerpt()).isEqualTo("x".repeat(4096));
        assertThat(chunked.error()).contains(DeliveryError.TOO_LARGE);
        assertThat(atTheCap.error()).isEmpty();
        assertThat(atTheCap.succeeded()).isTrue();
        assertThat(client.post(receiver.url("/ok"), Map.of(), BODY).succeeded()).as("the client still works afterwards").isTrue();
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        DeliveryOutcome outcome = client.post(URI.create("http://127.0.0.1:" + closedPort + "/hook"), Map.of(), BODY);

        assertThat(outcome.error()).contains(DeliveryError.CONNECTION_REFUSED);
    }

    @Test
    void aCertificateNoTrustStoreKnowsIsATlsErrorAndNothingIsSent(@TempDir Path workDir) throws Exception {
        try (SelfSignedHttpsReceiver https = new SelfSignedHttpsReceiver(workDir)) {
            DeliveryOutcome outcome = client.post(https.url(), Map.of(), BODY);

            assertThat(outcome.error()).contains(DeliveryError.TLS);
            assertThat(https.requests()).isZero();
        }
    }

    @Test
    void anAnswerThatIsNotHttpIsAConnectionError() {
        assertThat(client.post(receiver.url("/weird"), Map.of(), BODY).error()).contains(DeliveryError.CONNECTION_ERROR);
    }

    @Test
    void aNameResolvingOnlyToBlockedAddressesIsNeverDialled() {
        for (String host : new String[] {"evil.test", "meta.test"}) {
            DeliveryOutcome outcome = client.post(URI.create("http://" + host + ":" + receiver.port() + "/ok"), Map.of(), BODY);

            assertThat(outcome.error()).as(host).contains(DeliveryError.BLOCKED_DESTINATION);
        }
        assertThat(dials.dialled()).isEmpty();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aNameWithPublicAndPrivateAnswersIsDialledOnlyAtTheAllowedOne() {
        DeliveryOutcome outcome = client.post(URI.create("http://mixed.test:" + receiver.port() + "/ok"), Map.of(), BODY);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(dials.dialled()).extracting(target -> target.getAddress().getHostAddress()).containsOnly("127.0.0.1");
    }

    @Test
    void ipLiteralsInBlockedRangesAreRefusedBeforeAnyDial() {
        for (String url : new String[] {"http://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "http://[::1]:" + receiver.port() + "/ok",
                "http://[::ffff:10.0.0.1]/hook", "http://[fd00:ec2::254]/", "http://127.0.0.2:" + receiver.port() + "/ok"}) {
            assertThat(client.post(URI.create(url), Map.of(), BODY).error()).as(url).contains(DeliveryError.BLOCKED_DESTINATION);
        }
        assertThat(dials.dialled()).isEmpty();
    }

    @Test
    void withoutTheOperatorsAllowListEvenLoopbackIsBlocked() throws IOException {
        try (SafeHttpClient publicOnly = client(OutboundAddressPolicy.publicOnly(), RELAXED, this::lookUp)) {
            assertThat(publicOnly.post(receiver.url("/ok"), Map.of(), BODY).error()).contains(DeliveryError.BLOCKED_DESTINATION);
            assertThat(publicOnly.post(URI.create("http://loop.test:" + receiver.port() + "/ok"), Map.of(), BODY).error())
                    .contains(DeliveryError.BLOCKED_DESTINATION);
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aNameThatRebindsToAPrivateAddressIsRefusedOnTheNextConnection() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        receiver.on("/close", status(200, new byte[0], Map.of("Connection", "close")));
        try (SafeHttpClient rebinding = client(LOOPBACK_ALLOWED, RELAXED, host -> lookups.getAndIncrement() == 0
                ? new InetAddress[] {ip("127.0.0.1")} : new InetAddress[] {ip("10.0.0.1")})) {
            URI url = URI.create("http://rebind.test:" + receiver.port() + "/close");

            assertThat(rebinding.post(url, Map.of(), BODY).succeeded()).isTrue();
            assertThat(rebinding.post(url, Map.of(), BODY).error()).contains(DeliveryError.BLOCKED_DESTINATION);
        }
        assertThat(lookups).hasValue(2);
        assertThat(receiver.received("/close")).hasSize(1);
    }

    @Test
    void anUnknownHostIsAConnectionError() {
        assertThat(client.post(URI.create("http://nowhere.test/hook"), Map.of(), BODY).error()).contains(DeliveryError.CONNECTION_ERROR);
    }

    @Test
    void theSystemResolverIsFilteredToo() throws IOException {
        try (SafeHttpClient system = new SafeHttpClient(LOOPBACK_ALLOWED, RELAXED)) {
            assertThat(system.post(URI.create("http://localhost:" + receiver.port() + "/ok"), Map.of(), BODY).succeeded()).isTrue();
        }
        try (SafeHttpClient system = new SafeHttpClient(OutboundAddressPolicy.publicOnly(), RELAXED)) {
            assertThat(system.post(URI.create("http://localhost:" + receiver.port() + "/ok"), Map.of(), BODY).error())
                    .contains(DeliveryError.BLOCKED_DESTINATION);
        }
        assertThat(receiver.received("/ok")).hasSize(1);
    }

    @Test
    void servesConcurrentCallers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<DeliveryOutcome>> outcomes = callers.invokeAll(Collections.nCopies(40,
                    () -> client.post(receiver.url("/ok"), Map.of(), BODY)));
            for (Future<DeliveryOutcome> outcome : outcomes) {
                assertThat(outcome.get().succeeded()).as(outcome.get().toString()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(receiver.received("/ok")).hasSize(40);
    }

    private SafeHttpClient client(OutboundAddressPolicy policy, SafeHttpClient.Settings settings, HostResolver resolver) {
        return new SafeHttpClient(policy, settings, resolver, dials);
    }

    private InetAddress[] lookUp(String host) throws UnknownHostException {
        List<String> answers = DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        return answers.stream().map(SafeHttpClientTest::ip).toArray(InetAddress[]::new);
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
