package dev.parley.adapter.http.web;

import dev.parley.adapter.http.support.Surface;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts and durations by surface and status, in Prometheus' text format. */
public final class HttpMetrics {
    private static final String START = "parley.startNanos";
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> micros = new ConcurrentHashMap<>();

    public void start(Context ctx) {
        ctx.attribute(START, System.nanoTime());
    }

    public void finish(Context ctx) {
        Long started = ctx.attribute(START);
        String labels = "surface=\"" + Surface.of(ctx.path()).name().toLowerCase(Locale.ROOT) + "\",status=\"" + ctx.statusCode() + "\"";
        requests.computeIfAbsent(labels, k -> new LongAdder()).increment();
        if (started != null) {
            micros.computeIfAbsent(labels, k -> new LongAdder()).add((System.nanoTime() - started) / 1000);
        }
    }

    public String scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP parley_http_requests_total HTTP requests answered.\n# TYPE parley_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, n) -> out.append("parley_http_requests_total{").append(labels).append("} ").append(n.sum()).append('\n'));
        out.append("# HELP parley_http_request_seconds_sum Time spent answering HTTP requests.\n# TYPE parley_http_request_seconds_sum counter\n");
        new TreeMap<>(micros).forEach((labels, n) -> out.append("parley_http_request_seconds_sum{").append(labels).append("} ")
                .append(String.format(Locale.ROOT, "%.6f", n.sum() / 1_000_000.0)).append('\n'));
        return out.toString();
    }
}
