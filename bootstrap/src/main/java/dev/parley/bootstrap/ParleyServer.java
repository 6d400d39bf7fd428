package dev.parley.bootstrap;

import dev.parley.adapter.persistence.PersistenceModule;
import io.javalin.Javalin;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Parley: database migrated, first organization ensured, HTTP listening. */
public final class ParleyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    private final DatabaseLocation database;
    private final PersistenceModule persistence;
    private final Javalin http;
    private final PollAutoCloser pollCloser;

    private ParleyServer(DatabaseLocation database, PersistenceModule persistence, Javalin http, PollAutoCloser pollCloser) {
        this.database = database;
        this.persistence = persistence;
        this.http = http;
        this.pollCloser = pollCloser;
    }

    /** Migrates, creates the first organization and admin token on an empty database (printed to {@code out}), and listens. */
    public static ParleyServer start(Config config, PrintStream out) {
        OutboundSettings outbound = OutboundSettings.fromConfig(config);
        DatabaseLocation database = DatabaseLocator.locate(config);
        PersistenceModule persistence = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password());
        persistence.migrate();
        Wiring wiring = new Wiring(persistence, Wiring.systemClock());
        new FirstRun(wiring.administration(), wiring.tokens()).ensureOrganization(out);
        Javalin http = wiring.http(outbound).start(config.httpHost(), config.httpPort());
        LOG.info("Parley listening on {}:{}", config.httpHost(), http.port());
        return new ParleyServer(database, persistence, http, new PollAutoCloser(wiring.polls()));
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        pollCloser.close();
        http.stop();
        persistence.close();
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("embedded database did not stop cleanly", e);
        }
    }
}
