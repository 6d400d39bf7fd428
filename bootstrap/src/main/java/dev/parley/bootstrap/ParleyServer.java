package dev.parley.bootstrap;

import dev.parley.adapter.outbound.http.SafeHttpClient;
import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.adapter.persistence.shared.PgWorkSignal;
import dev.parley.adapter.persistence.shared.QueueVacuum;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Parley: database migrated, first organization ensured, HTTP listening, webhooks delivered, housekeeping on. */
public final class ParleyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
    /** Announces committed outbox events, for the dispatchers (V8's trigger). */
    private static final String OUTBOX_CHANNEL = "parley_outbox";
    /** Announces deliveries stored unclaimed or made pending again, for any worker to claim (V18's and V8's triggers). */
    private static final String DELIVERIES_CHANNEL = "parley_deliveries";

    private final DatabaseLocation database;
    private final PersistenceModule persistence;
    private final Javalin http;
    private final PollAutoCloser pollCloser;
    private final ExportWorkers exportWorkers;
    private final Housekeeper housekeeper;
    private final Webhooks webhooks;

    /**
     * What webhook delivery holds while the server runs: the outbound client (test pings use it too), the LISTEN
     * connection and the workers.
     */
    private record Webhooks(SafeHttpClient transport, PgWorkSignal signal, WebhookWorkers workers, Optional<QueueVacuumer> vacuumer) {
    }

    private ParleyServer(DatabaseLocation database, PersistenceModule persistence, Javalin http, PollAutoCloser pollCloser,
                         ExportWorkers exportWorkers, Housekeeper housekeeper, Webhooks webhooks) {
        this.database = database;
        this.persistence = persistence;
        this.http = http;
        this.pollCloser = pollCloser;
        this.exportWorkers = exportWorkers;
        this.housekeeper = housekeeper;
        this.webhooks = webhooks;
    }

    /** Migrates, creates the first organization and admin token on an empty database (printed to {@code out}), and listens. */
    public static ParleyServer start(Config config, PrintStream out) {
        OutboundSettings outbound = OutboundSettings.fromConfig(config);
        WebhookSettings webhookSettings = WebhookSettings.fromConfig(config);
        BackgroundSettings background = BackgroundSettings.fromConfig(config);
        DatabaseLocation database = DatabaseLocator.locate(config);
        PersistenceModule persistence = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password());
        persistence.migrate();
        Wiring wiring = new Wiring(persistence, Wiring.systemClock(), config.dataDir(), background.exportLease());
        new FirstRun(wiring.administration(), wiring.tokens()).ensureOrganization(out);
        SafeHttpClient transport = new SafeHttpClient(outbound.policy(), SafeHttpClient.Settings.DEFAULT);
        Javalin http;
        try {
            http = wiring.http(outbound, transport).start(config.httpHost(), config.httpPort());
        } catch (RuntimeException e) {
            close(transport);
            throw e;
        }
        LOG.info("Parley listening on {}:{}", config.httpHost(), http.port());
        PgWorkSignal signal = persistence.listen(List.of(OUTBOX_CHANNEL, DELIVERIES_CHANNEL));
        WebhookWorkers workers = wiring.webhookWorkers(outbound, webhookSettings, transport, signal,
                () -> signal.notificationsOn(DELIVERIES_CHANNEL));
        QueueVacuum vacuum = persistence.queueVacuum();
        Optional<QueueVacuumer> vacuumer = vacuum.needed()
                ? Optional.of(new QueueVacuumer(vacuum, PersistenceModule::isConnectionFailure)) : Optional.empty();
        return new ParleyServer(database, persistence, http, new PollAutoCloser(wiring.polls(), PersistenceModule::isConnectionFailure),
                new ExportWorkers(wiring.exports(), PersistenceModule::isConnectionFailure),
                new Housekeeper(wiring.housekeeping(), background.housekeepingInterval(), PersistenceModule::isConnectionFailure),
                new Webhooks(transport, signal, workers, vacuumer));
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        pollCloser.close();
        housekeeper.close();
        exportWorkers.close();
        http.stop();
        webhooks.workers().close();
        webhooks.vacuumer().ifPresent(QueueVacuumer::close);
        webhooks.signal().close();
        close(webhooks.transport());
        persistence.close();
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("embedded database did not stop cleanly", e);
        }
    }

    private static void close(SafeHttpClient transport) {
        try {
            transport.close();
        } catch (IOException e) {
            LOG.warn("the webhook client did not close cleanly", e);
        }
    }
}
