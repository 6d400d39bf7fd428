import dev.parley.adapter.outbound.http.SafeHttpClient;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSigner;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The delivery ceiling for bench/webhook-delivery.sh: the server's own outbound client (SafeHttpClient, default
 * settings, the same address policy) posting the same stored bodies, signed per post with the same headers as the
 * server's SignedPost, from as many threads as the server has delivery workers, with no database at all. Posts a
 * warm-up round of WARMUP posts first, cycling through the bodies (then resets the receiver), then every body once; prints "posted failed seconds" of the
 * measured round as the client saw it, and the process's CPU seconds over that round. Bodies come from a file of "message_id TAB hex(body)" lines.
 * Run: java -cp bootstrap/target/parley.jar bench/DeliveryCeiling.java URL SECRET THREADS BODIES_FILE WARMUP ALLOW_CIDRS
 */
public final class DeliveryCeiling {
    private record Delivery(String messageId, byte[] body) {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        WebhookSecret secret = WebhookSecret.parse(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Delivery> deliveries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            String[] parts = line.split("\t");
            deliveries.add(new Delivery(parts[0], HexFormat.of().parseHex(parts[1])));
        }
        int warmup = Integer.parseInt(args[4]);
        OutboundAddressPolicy policy = OutboundAddressPolicy.fromSetting(args[5]);
        try (SafeHttpClient client = new SafeHttpClient(policy, SafeHttpClient.Settings.DEFAULT)) {
            run(client, url, secret, threads, IntStream.range(0, warmup).mapToObj(i -> deliveries.get(i % deliveries.size())).toList());
            reset(url);
            long started = System.nanoTime();
            long cpuBefore = processCpuNanos();
            int failed = run(client, url, secret, threads, deliveries);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            System.out.printf("%d %d %.6f %.3f%n", deliveries.size(), failed, seconds, cpuSeconds);
        }
    }

    /** Posts every delivery once from {@code threads} threads; answers how many were not answered 2xx. */
    private static int run(SafeHttpClient client, URI url, WebhookSecret secret, int threads, List<Delivery> deliveries)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i; (i = next.getAndIncrement()) < deliveries.size(); ) {
                    Delivery delivery = deliveries.get(i);
                    DeliveryOutcome outcome = client.post(url, headers(secret, delivery, Instant.now()), delivery.body());
                    if (!outcome.succeeded()) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failed.get();
    }

    /** The headers SignedPost sends with one secret in force. */
    private static Map<String, String> headers(WebhookSecret secret, Delivery delivery, Instant at) {
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Signature-256", WebhookSigner.xSignature256(secret, delivery.body()));
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.webhookSignatureHeader(List.of(secret), delivery.messageId(), timestamp, delivery.body()));
        return headers;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void reset(URI url) throws Exception {
        try (HttpClient control = HttpClient.newHttpClient()) {
            control.send(HttpRequest.newBuilder(url.resolve("/_reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
