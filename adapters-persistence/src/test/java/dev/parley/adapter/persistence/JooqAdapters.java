package dev.parley.adapter.persistence;

import static dev.parley.adapter.persistence.jooq.Tables.OUTBOX_EVENTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.RecordedEvent;
import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.learning.port.out.LeaderboardRepository;
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
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.identity.port.out.RateWindowPurge;
import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The jOOQ adapters of a module as contract suites see them; the outbox is read back from its table. */
record JooqAdapters(PersistenceModule module, DSLContext sql) implements Adapters {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override public Transactions transactions() { return module.transactions(); }
    @Override public OrganizationRepository organizations() { return module.organizations(); }
    @Override public UserRepository users() { return module.users(); }
    @Override public ApiTokenRepository tokens() { return module.tokens(); }
    @Override public RateWindows rateWindows() { return module.rateWindows(); }
    @Override public TicketRepository tickets() { return module.tickets(); }
    @Override public AgentDirectory agents() { return module.agents(); }
    @Override public RoomRepository rooms() { return module.rooms(); }
    @Override public ChatMessageRepository chatMessages() { return module.chatMessages(); }
    @Override public PollRepository polls() { return module.polls(); }
    @Override public VoteRepository votes() { return module.votes(); }
    @Override public CourseRepository courses() { return module.courses(); }
    @Override public LessonRepository lessons() { return module.lessons(); }
    @Override public TrainingRepository trainings() { return module.trainings(); }
    @Override public TrainingItemRepository trainingItems() { return module.trainingItems(); }
    @Override public LearnerDirectory learners() { return module.learners(); }
    @Override public CourseOutlineRepository courseOutlines() { return module.courseOutlines(); }
    @Override public AttemptRepository attempts() { return module.attempts(); }
    @Override public LearnerActivityRepository learnerActivity() { return module.learnerActivity(); }
    @Override public CompletionRepository completions() { return module.completions(); }
    @Override public AchievementRepository achievements() { return module.achievements(); }
    @Override public Outbox outbox() { return module.outbox(); }
    @Override public OutboxReader outboxReader() { return module.outboxReader(); }
    @Override public IdempotencyRecords idempotency() { return module.idempotency(); }
    @Override public LearnerInsightRepository learnerInsights() { return module.learnerInsights(); }
    @Override public LeaderboardRepository leaderboards() { return module.leaderboards(); }
    @Override public LearningStatsRepository learningStats() { return module.learningStats(); }
    @Override public WebhookRepository webhooks() { return module.webhooks(); }
    @Override public DeliveryRepository deliveries() { return module.deliveries(); }
    @Override public OutboxPurge outboxPurge() { return module.outboxPurge(); }
    @Override public IdempotencyPurge idempotencyPurge() { return module.idempotencyPurge(); }
    @Override public RateWindowPurge rateWindowPurge() { return module.rateWindowPurge(); }
    @Override public DeliveryPurge deliveryPurge() { return module.deliveryPurge(); }

    @Override
    public List<RecordedEvent> recordedEvents() {
        return sql.selectFrom(OUTBOX_EVENTS)
                .orderBy(OUTBOX_EVENTS.SEQUENCE)
                .fetch(r -> new RecordedEvent(r.getType(), new OrganizationId(r.getOrganizationId()), r.getOccurredAt(),
                        parse(r.getPayload().data())));
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not JSON: " + json, e);
        }
    }
}
