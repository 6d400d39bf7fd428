package dev.parley.adapter.persistence.shared;

import dev.parley.application.shared.port.out.WorkSignal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes workers on PostgreSQL {@code NOTIFY}: one dedicated connection, outside the pool, {@code LISTEN}s on the given
 * channels and a daemon thread turns each batch of notifications into a signal for every waiting thread. Notifications
 * are sent only on commit, so a signal means committed work. When the connection breaks it reconnects with backoff and
 * signals once reconnected, as anything sent meanwhile was missed; workers poll in any case, so nothing waits longer
 * than their poll interval.
 */
public final class PgWorkSignal implements WorkSignal, AutoCloseable {
    public static final String APPLICATION_NAME = "parley-listen";
    private static final Logger LOG = LoggerFactory.getLogger(PgWorkSignal.class);
    private static final Pattern CHANNEL = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    private static final int RECEIVE_TIMEOUT_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(10);

    private final String jdbcUrl;
    private final Properties connectionProperties;
    private final List<String> channels;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Object monitor = new Object();
    private final ThreadLocal<Long> seen = new ThreadLocal<>();
    private final Thread listener;
    private volatile boolean closed;
    private volatile Connection connection;
    private long generation;

    private PgWorkSignal(String jdbcUrl, String user, String password, List<String> channels) {
        for (String channel : channels) {
            if (!CHANNEL.matcher(channel).matches()) {
                throw new IllegalArgumentException("a channel is a lowercase identifier, not " + channel);
            }
        }
        this.jdbcUrl = jdbcUrl;
        this.channels = List.copyOf(channels);
        channels.forEach(channel -> counts.put(channel, new AtomicLong()));
        this.connectionProperties = new Properties();
        connectionProperties.setProperty("user", user);
        connectionProperties.setProperty("password", password);
        connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
        connectionProperties.setProperty("connectTimeout", "5");
        connectionProperties.setProperty("tcpKeepAlive", "true");
        this.listener = new Thread(this::listen, APPLICATION_NAME);
        listener.setDaemon(true);
    }

    /** Starts listening on {@code channels} at once; waits fail over to polling until the first connection succeeds. */
    public static PgWorkSignal listen(String jdbcUrl, String user, String password, List<String> channels) {
        PgWorkSignal signal = new PgWorkSignal(jdbcUrl, user, password, channels);
        signal.listener.start();
        return signal;
    }

    @Override
    public void await(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (monitor) {
            if (seen.get() == null) {
                seen.set(generation);
            }
            try {
                while (generation == seen.get() && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    monitor.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                seen.set(generation);
            }
        }
    }

    /**
     * How many notifications on {@code channel} have arrived so far; each (re)connection counts as one, since whatever was
     * sent while not listening was missed.
     */
    public long notificationsOn(String channel) {
        AtomicLong count = counts.get(channel);
        if (count == null) {
            throw new IllegalArgumentException("not listening on " + channel);
        }
        return count.get();
    }

    @Override
    public void wake() {
        signal();
    }

    private void signal() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    private void listen() {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            try (Connection listening = DriverManager.getConnection(jdbcUrl, connectionProperties)) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    for (String channel : channels) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                counts.values().forEach(AtomicLong::incrementAndGet);
                signal();
                backoff = FIRST_BACKOFF;
                receive(listening.unwrap(PGConnection.class), listening);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("listening for work on {} failed ({}); polling only, reconnecting in {} ms", channels, e.getMessage(),
                        backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void receive(PGConnection notifications, Connection listening) throws SQLException {
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (!closed) {
            PGNotification[] received = notifications.getNotifications(RECEIVE_TIMEOUT_MILLIS);
            if (received != null && received.length > 0) {
                for (PGNotification notification : received) {
                    AtomicLong count = counts.get(notification.getName());
                    if (count != null) {
                        count.incrementAndGet();
                    }
                }
                signal();
            }
            if (System.nanoTime() - nextCheck > 0) {
                if (!listening.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening and releases every waiting thread. */
    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // the listener thread is ending anyway
            }
        }
        signal();
        try {
            listener.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
