package dev.parley.adapter.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.adapter.persistence.export.JooqExportJobRepository;
import dev.parley.adapter.persistence.export.JooqExportRowSource;
import dev.parley.adapter.persistence.helpdesk.JooqAgentDirectory;
import dev.parley.adapter.persistence.helpdesk.JooqTicketRepository;
import dev.parley.adapter.persistence.identity.JooqApiTokenRepository;
import dev.parley.adapter.persistence.identity.JooqOrganizationRepository;
import dev.parley.adapter.persistence.identity.JooqRateWindows;
import dev.parley.adapter.persistence.identity.JooqUserRepository;
import dev.parley.adapter.persistence.learning.JooqAchievementRepository;
import dev.parley.adapter.persistence.learning.JooqAttemptRepository;
import dev.parley.adapter.persistence.learning.JooqCompletionRepository;
import dev.parley.adapter.persistence.learning.JooqCourseOutlineRepository;
import dev.parley.adapter.persistence.learning.JooqCourseRepository;
import dev.parley.adapter.persistence.learning.JooqLeaderboardRepository;
import dev.parley.adapter.persistence.learning.JooqLearnerActivityRepository;
import dev.parley.adapter.persistence.learning.JooqLearnerDirectory;
import dev.parley.adapter.persistence.learning.JooqLearnerInsightRepository;
import dev.parley.adapter.persistence.learning.JooqLearningStatsRepository;
import dev.parley.adapter.persistence.learning.JooqLessonRepository;
import dev.parley.adapter.persistence.learning.JooqTrainingItemRepository;
import dev.parley.adapter.persistence.learning.JooqTrainingRepository;
import dev.parley.adapter.persistence.livechat.JooqChatMessageRepository;
import dev.parley.adapter.persistence.livechat.JooqPollRepository;
import dev.parley.adapter.persistence.livechat.JooqRoomRepository;
import dev.parley.adapter.persistence.livechat.JooqVoteRepository;
import dev.parley.adapter.persistence.shared.ConnectionFailures;
import dev.parley.adapter.persistence.shared.JooqIdempotencyRecords;
import dev.parley.adapter.persistence.shared.JooqOutbox;
import dev.parley.adapter.persistence.shared.JooqOutboxReader;
import dev.parley.adapter.persistence.shared.JooqTransactions;
import dev.parley.adapter.persistence.shared.KnownIsolationDataSource;
import dev.parley.adapter.persistence.shared.PgWorkSignal;
import dev.parley.adapter.persistence.shared.QueueVacuum;
import dev.parley.adapter.persistence.webhook.JooqDeliveryRepository;
import dev.parley.adapter.persistence.webhook.JooqWebhookRepository;
import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.export.port.out.ExportRowSource;
import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.application.identity.port.out.RateWindowPurge;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LeaderboardRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.learning.port.out.LearnerDirectory;
import dev.parley.application.learning.port.out.LearnerInsightRepository;
import dev.parley.application.learning.port.out.LearningStatsRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.WebhookRepository;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** The PostgreSQL side of Parley: one connection pool, the migrations, and every persistence port built on them. */
public final class PersistenceModule implements AutoCloseable {
    private static final int MAX_POOL_SIZE = 10;
    /** PostgreSQL's default level, set on every pooled connection so no transaction needs to ask for it. */
    private static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;
    private static final String ISOLATION_NAME = "TRANSACTION_READ_COMMITTED";
    /**
     * How long a request waits for a connection before it fails (and is answered 503 while the database is away): long
     * enough for a busy pool to free one, short enough that no client hangs on an outage.
     */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** How long checking a pooled connection may take before it is presumed dead; less than the wait for one. */
    private static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(1000);
    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HikariDataSource dataSource;
    private final DSLContext separate;
    private final JooqTransactions transactions;
    private final JooqOrganizationRepository organizations;
    private final JooqUserRepository users;
    private final JooqApiTokenRepository tokens;
    private final JooqRateWindows rateWindows;
    private final JooqTicketRepository tickets;
    private final JooqAgentDirectory agents;
    private final JooqRoomRepository rooms;
    private final JooqChatMessageRepository chatMessages;
    private final JooqPollRepository polls;
    private final JooqVoteRepository votes;
    private final JooqCourseRepository courses;
    private final JooqLessonRepository lessons;
    private final JooqTrainingRepository trainings;
    private final JooqTrainingItemRepository trainingItems;
    private final JooqLearnerDirectory learners;
    private final JooqCourseOutlineRepository courseOutlines;
    private final JooqAttemptRepository attempts;
    private final JooqLearnerActivityRepository learnerActivity;
    private final JooqCompletionRepository completions;
    private final JooqAchievementRepository achievements;
    private final JooqOutbox outbox;
    private final JooqIdempotencyRecords idempotency;
    private final JooqLearnerInsightRepository learnerInsights;
    private final JooqLeaderboardRepository leaderboards;
    private final JooqLearningStatsRepository learningStats;
    private final JooqOutboxReader outboxReader;
    private final JooqWebhookRepository webhooks;
    private final JooqExportJobRepository exportJobs;
    private final JooqExportRowSource exportRows;
    private final JooqDeliveryRepository deliveries;

    private PersistenceModule(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Settings settings = new Settings().withRenderSchema(false);
        DataSource knownIsolation = new KnownIsolationDataSource(dataSource, ISOLATION);
        DSLContext joined = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(knownIsolation))));
        this.separate = DSL.using(knownIsolation, SQLDialect.POSTGRES, settings);
        this.transactions = new JooqTransactions(joined);
        this.organizations = new JooqOrganizationRepository(joined);
        this.users = new JooqUserRepository(joined);
        this.tokens = new JooqApiTokenRepository(joined);
        this.rateWindows = new JooqRateWindows(separate);
        this.tickets = new JooqTicketRepository(joined);
        this.agents = new JooqAgentDirectory(joined);
        this.rooms = new JooqRoomRepository(joined);
        this.chatMessages = new JooqChatMessageRepository(joined);
        this.polls = new JooqPollRepository(joined);
        this.votes = new JooqVoteRepository(joined);
        this.courses = new JooqCourseRepository(joined);
        this.lessons = new JooqLessonRepository(joined);
        this.trainings = new JooqTrainingRepository(joined);
        this.trainingItems = new JooqTrainingItemRepository(joined, new ObjectMapper());
        this.learners = new JooqLearnerDirectory(joined);
        this.courseOutlines = new JooqCourseOutlineRepository(joined);
        this.attempts = new JooqAttemptRepository(joined, new ObjectMapper());
        this.learnerActivity = new JooqLearnerActivityRepository(joined);
        this.completions = new JooqCompletionRepository(joined);
        this.achievements = new JooqAchievementRepository(joined);
        this.outbox = new JooqOutbox(joined, new ObjectMapper());
        this.idempotency = new JooqIdempotencyRecords(joined);
        this.learnerInsights = new JooqLearnerInsightRepository(joined, new ObjectMapper());
        this.leaderboards = new JooqLeaderboardRepository(joined);
        this.learningStats = new JooqLearningStatsRepository(joined);
        this.outboxReader = new JooqOutboxReader(joined);
        this.webhooks = new JooqWebhookRepository(joined);
        this.exportJobs = new JooqExportJobRepository(joined, transactions);
        this.exportRows = new JooqExportRowSource(joined, transactions);
        this.deliveries = new JooqDeliveryRepository(joined);
    }

    /** Opens a pool of at most ten connections; fails at once when the database cannot be reached. */
    public static PersistenceModule connect(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setTransactionIsolation(ISOLATION_NAME);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        return new PersistenceModule(new HikariDataSource(config));
    }

    /** Applies the pending migrations from {@code classpath:db/migration}. */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** True when {@code failure} comes from not reaching the database, rather than from a statement it refused. */
    public static boolean isConnectionFailure(Throwable failure) {
        return ConnectionFailures.isConnectionFailure(failure);
    }

    /** True when a trivial query answers within a couple of seconds. */
    public boolean isReachable() {
        try {
            separate.selectOne().queryTimeout(REACHABLE_TIMEOUT_SECONDS).fetch();
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }

    /** Vacuums the queue tables where autovacuum does not run, on connections outside any transaction. */
    public QueueVacuum queueVacuum() {
        return new QueueVacuum(separate);
    }

    /** A {@code LISTEN}er on its own connection (not one of the pool's) that wakes waiting workers on {@code NOTIFY}. */
    public PgWorkSignal listen(List<String> channels) {
        return PgWorkSignal.listen(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(), channels);
    }

    public Transactions transactions() { return transactions; }
    public OrganizationRepository organizations() { return organizations; }
    public UserRepository users() { return users; }
    public ApiTokenRepository tokens() { return tokens; }
    public RateWindows rateWindows() { return rateWindows; }
    public TicketRepository tickets() { return tickets; }
    public AgentDirectory agents() { return agents; }
    public RoomRepository rooms() { return rooms; }
    public ChatMessageRepository chatMessages() { return chatMessages; }
    public PollRepository polls() { return polls; }
    public VoteRepository votes() { return votes; }
    public CourseRepository courses() { return courses; }
    public LessonRepository lessons() { return lessons; }
    public TrainingRepository trainings() { return trainings; }
    public TrainingItemRepository trainingItems() { return trainingItems; }
    public LearnerDirectory learners() { return learners; }
    public CourseOutlineRepository courseOutlines() { return courseOutlines; }
    public AttemptRepository attempts() { return attempts; }
    public LearnerActivityRepository learnerActivity() { return learnerActivity; }
    public CompletionRepository completions() { return completions; }
    public AchievementRepository achievements() { return achievements; }
    public Outbox outbox() { return outbox; }
    public IdempotencyRecords idempotency() { return idempotency; }
    public LearnerInsightRepository learnerInsights() { return learnerInsights; }
    public LeaderboardRepository leaderboards() { return leaderboards; }
    public LearningStatsRepository learningStats() { return learningStats; }
    public OutboxReader outboxReader() { return outboxReader; }
    public WebhookRepository webhooks() { return webhooks; }
    public ExportJobRepository exportJobs() { return exportJobs; }
    public ExportRowSource exportRows() { return exportRows; }
    public DeliveryRepository deliveries() { return deliveries; }
    public OutboxPurge outboxPurge() { return outboxReader; }
    public IdempotencyPurge idempotencyPurge() { return idempotency; }
    public RateWindowPurge rateWindowPurge() { return rateWindows; }
    public DeliveryPurge deliveryPurge() { return deliveries; }

    @Override
    public void close() {
        dataSource.close();
    }
}
