package dev.parley.application.contract;

import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.application.identity.port.out.RateWindowPurge;
import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.application.learning.LearningProgressPorts;
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
import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.WebhookRepository;
import java.util.List;

/** One set of persistence adapters for a contract suite, holding no data when a test starts. */
public interface Adapters {
    Transactions transactions();

    OrganizationRepository organizations();

    UserRepository users();

    ApiTokenRepository tokens();

    RateWindows rateWindows();

    TicketRepository tickets();

    AgentDirectory agents();

    RoomRepository rooms();

    ChatMessageRepository chatMessages();

    PollRepository polls();

    VoteRepository votes();

    CourseRepository courses();

    LessonRepository lessons();

    TrainingRepository trainings();

    TrainingItemRepository trainingItems();

    LearnerDirectory learners();

    CourseOutlineRepository courseOutlines();

    AttemptRepository attempts();

    LearnerActivityRepository learnerActivity();

    CompletionRepository completions();

    AchievementRepository achievements();

    LearnerInsightRepository learnerInsights();

    LeaderboardRepository leaderboards();

    LearningStatsRepository learningStats();

    /** The progress ports together, as the progress services take them. */
    default LearningProgressPorts progress() {
        return new LearningProgressPorts(learners(), courseOutlines(), attempts(), learnerActivity(), completions(), achievements());
    }

    Outbox outbox();

    /** The outbox as its publisher reads it. */
    OutboxReader outboxReader();

    IdempotencyRecords idempotency();

    /** Every event the outbox holds, oldest first, as a reader of the outbox would see it. */
    List<RecordedEvent> recordedEvents();

    WebhookRepository webhooks();

    DeliveryRepository deliveries();

    OutboxPurge outboxPurge();

    IdempotencyPurge idempotencyPurge();

    RateWindowPurge rateWindowPurge();

    DeliveryPurge deliveryPurge();
}
