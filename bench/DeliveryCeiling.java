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
import java.util.Comparator;
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
 * warm-up round of WARMUP posts first, cycling through the bodies, then ROUNDS measured rounds of every body once, the
 * receiver reset before each. One round swung between about 5,000 and 17,000 posts/s from run to run, so it reports the
 * median round: "posted failed seconds cpu_seconds count distinct first_us last_us" (client-side time and the process's
 * CPU, then the receiver's count, distinct webhook-ids and first and last arrival), and every round's receiver rate.
 * Bodies come from a file of "message_id TAB hex(body)" lines.
 * Run: java -cp bootstrap/target/parley.jar bench/DeliveryCeiling.java URL SECRET THREADS BODIES_FILE WARMUP ALLOW_CIDRS ROUNDS
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
            List<Round> rounds = new ArrayList<>();
            for (int round = 0; round < Integer.parseInt(args[6]); round++) {
                reset(url);
                long started = System.nanoTime();
                long cpuBefore = processCpuNanos();
                int failed = run(client, url, secret, threads, deliveries);
                rounds.add(new Round(deliveries.size(), failed, (System.nanoTime() - started) / 1e9,
                        (processCpuNanos() - cpuBefore) / 1e9, receiverStats(url)));
            }
            List<Round> byRate = rounds.stream().sorted(Comparator.comparingDouble(Round::receiverRate)).toList();
            Round median = byRate.get(byRate.size() / 2);
            System.out.printf("%d %d %.6f %.3f %s %s%n", median.posted(), median.failed(), median.seconds(), median.cpuSeconds(),
                    median.receiverStats(), String.join(",", rounds.stream().map(r -> String.format("%.0f", r.receiverRate())).toList()));
        }
    }

    /** One measured round: as the client saw it, and the receiver's "count distinct first_us last_us". */
    private record Round(int posted, int failed, double seconds, double cpuSeconds, String receiverStats) {
        double receiverRate() {
            String[] stats = receiverStats.split(" ");
            long first = Long.parseLong(stats[2]);
            long last = Long.parseLong(stats[3]);
            return (Integer.parseInt(stats[0]) - 1) / ((last - first) / 1e6);
        }
    }

    private static String receiverStats(URI url) throws Exception {
        try (HttpClient control = HttpClient.newHttpClient()) {
            return control.send(HttpRequest.newBuilder(url.resolve("/_stats")).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
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
