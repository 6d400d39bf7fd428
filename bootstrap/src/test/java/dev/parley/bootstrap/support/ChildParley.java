package dev.parley.bootstrap.support;

import dev.parley.bootstrap.Config;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Parley server in a JVM of its own, on the test's classpath and settings, that a test can kill with SIGKILL
 * ({@code kill -9}): no shutdown hook runs, nothing is flushed, leases are left as they were.
 */
public final class ChildParley {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private ChildParley(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve} with the settings {@code config} holds, plus {@code extra} variables, and waits until it is ready. */
    public static ChildParley start(Config config, Map<String, String> extra) {
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_HTTP_HOST", "127.0.0.1");
        env.put("PARLEY_HTTP_PORT", Integer.toString(port));
        env.put("PARLEY_DATABASE_URL", config.databaseUrl().orElseThrow());
        env.put("PARLEY_DATABASE_USER", config.databaseUser());
        env.put("PARLEY_DATABASE_PASSWORD", config.databasePassword());
        env.put("PARLEY_DATA_DIR", config.dataDir().toAbsolutePath().toString());
        config.secretKey().ifPresent(key -> env.put("PARLEY_SECRET_KEY", key));
        config.outboundAllowCidrs().ifPresent(cidrs -> env.put("PARLEY_OUTBOUND_ALLOW_CIDRS", cidrs));
        config.webhookRetryDelays().ifPresent(delays -> env.put("PARLEY_WEBHOOK_RETRY_DELAYS", delays));
        config.webhookWorkers().ifPresent(workers -> env.put("PARLEY_WEBHOOK_WORKERS", workers));
        config.housekeepingInterval().ifPresent(interval -> env.put("PARLEY_HOUSEKEEPING_INTERVAL", interval));
        config.exportLease().ifPresent(lease -> env.put("PARLEY_EXPORT_LEASE", lease));
        env.putAll(extra);
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.parley.bootstrap.Main", "serve"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "child-parley-" + port + ".log").toFile());
        builder.environment().putAll(env);
        try {
            ChildParley child = new ChildParley(builder.start(), port);
            child.awaitReady();
            return child;
        } catch (IOException e) {
            throw new AssertionError("could not start a child JVM", e);
        }
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    /** SIGKILL, as {@code kill -9} sends, and waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the child JVM outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the child JVM exited with " + process.exitValue() + "; see target/child-parley-" + port + ".log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            Waiting.sleep(Duration.ofMillis(200));
        }
        kill();
        throw new AssertionError("the child JVM was not ready within " + START_TIMEOUT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
