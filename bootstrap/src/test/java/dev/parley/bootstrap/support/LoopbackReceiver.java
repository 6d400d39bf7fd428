package dev.parley.bootstrap.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver on 127.0.0.1 for end-to-end tests (research notes TEST-4): every path is an endpoint of its own
 * with a script of answers (then 204), and every request is recorded with its exact headers and body.
 */
public final class LoopbackReceiver implements AutoCloseable {
    /** One request as it arrived. */
    public record Received(String path, Map<String, String> headers, byte[] body, Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer to give: status, headers and body, after a delay. */
    public record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        public static Answer status(int status) {
            return new Answer(status, Map.of(), "", Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body, delay);
        }

        public Answer withBody(String text) {
            return new Answer(status, headers, text, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new HashMap<>();
    private final List<Received> received = new ArrayList<>();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    public static LoopbackReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            LoopbackReceiver receiver = new LoopbackReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("could not listen on loopback", e);
        }
    }

    /** The URL of endpoint {@code path} (such as {@code /acme}). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Queues answers for {@code path}, given in order before the default 204. */
    public synchronized LoopbackReceiver script(String path, Answer... answers) {
        Deque<Answer> script = scripts.computeIfAbsent(path, any -> new ArrayDeque<>());
        script.addAll(List.of(answers));
        return this;
    }

    public synchronized List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public synchronized List<Received> all() {
        return List.copyOf(received);
    }

    /** Waits until {@code path} has received {@code count} requests matching {@code filter}; returns them all. */
    public List<Received> awaitReceived(String path, int count, Predicate<Received> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                List<Received> matching = received(path).stream().filter(filter).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " requests to " + path + " within " + timeout + ", got "
                            + matching.size() + " of " + received(path).size());
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for requests", e);
                }
            }
        }
    }

    public List<Received> awaitReceived(String path, int count, Duration timeout) {
        return awaitReceived(path, count, any -> true, timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String path = exchange.getRequestURI().getPath();
            Answer answer;
            synchronized (this) {
                received.add(new Received(path, Map.copyOf(headers), body, Instant.now()));
                Deque<Answer> script = scripts.get(path);
                answer = script == null || script.isEmpty() ? Answer.status(204) : script.pollFirst();
                notifyAll();
            }
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
