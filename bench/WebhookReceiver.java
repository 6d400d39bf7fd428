import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A webhook receiver for bench/webhook-delivery.sh: listens on 127.0.0.1 (port 0, printed on the first line of stdout),
 * answers every POST with 204 at once, and keeps per request its arrival time (epoch microseconds), its webhook-id
 * header and, from the event envelope, created_at and data.subject. Control routes: GET /_stats answers
 * "count distinct first_arrival_us last_arrival_us", POST /_reset forgets everything, GET /_dump answers one tab-separated
 * line per request: arrival_us, webhook-id, created_at, subject.
 * Run: java bench/WebhookReceiver.java [threads, default 8]
 */
public final class WebhookReceiver {
    private record Arrival(long micros, String webhookId, String createdAt, String subject) {
    }

    private static final List<Arrival> ARRIVALS = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/", WebhookReceiver::receive);
        server.createContext("/_stats", exchange -> answer(exchange, stats()));
        server.createContext("/_reset", exchange -> {
            synchronized (ARRIVALS) {
                ARRIVALS.clear();
            }
            answer(exchange, "ok\n");
        });
        server.createContext("/_dump", exchange -> answer(exchange, dump()));
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
    }

    private static void receive(HttpExchange exchange) throws IOException {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Arrival arrival = new Arrival(micros, exchange.getRequestHeaders().getFirst("webhook-id"), field(text, "\"created_at\":\""),
                field(text, "\"subject\":\""));
        synchronized (ARRIVALS) {
            ARRIVALS.add(arrival);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** The string value after the first {@code marker} (the envelope's own created_at comes before data's). */
    private static String field(String text, String marker) {
        int start = text.indexOf(marker);
        if (start < 0) {
            return "";
        }
        start += marker.length();
        int end = text.indexOf('"', start);
        return end < 0 ? "" : text.substring(start, end);
    }

    private static String stats() {
        synchronized (ARRIVALS) {
            Set<String> ids = new HashSet<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Arrival arrival : ARRIVALS) {
                ids.add(arrival.webhookId());
                first = Math.min(first, arrival.micros());
                last = Math.max(last, arrival.micros());
            }
            return ARRIVALS.isEmpty() ? "0 0 0 0\n" : ARRIVALS.size() + " " + ids.size() + " " + first + " " + last + "\n";
        }
    }

    private static String dump() {
        StringBuilder out = new StringBuilder();
        synchronized (ARRIVALS) {
            for (Arrival arrival : ARRIVALS) {
                out.append(arrival.micros()).append('\t').append(arrival.webhookId()).append('\t').append(arrival.createdAt())
                        .append('\t').append(arrival.subject()).append('\n');
            }
        }
        return out.toString();
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
