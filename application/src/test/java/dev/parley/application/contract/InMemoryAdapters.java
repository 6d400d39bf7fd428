package dev.parley.application.contract;

import dev.parley.application.fake.DirectTransactions;
import dev.parley.application.fake.InMemoryAchievementRepository;
import dev.parley.application.fake.InMemoryAgentDirectory;
import dev.parley.application.fake.InMemoryApiTokenRepository;
import dev.parley.application.fake.InMemoryAttemptRepository;
import dev.parley.application.fake.InMemoryChatMessageRepository;
import dev.parley.application.fake.InMemoryCompletionRepository;
import dev.parley.application.fake.InMemoryCourseOutlineRepository;
import dev.parley.application.fake.InMemoryCourseRepository;
import dev.parley.application.fake.InMemoryDeliveryRepository;
import dev.parley.application.fake.InMemoryIdempotencyRecords;
import dev.parley.application.fake.InMemoryLeaderboardRepository;
import dev.parley.application.fake.InMemoryLearnerActivityRepository;
import dev.parley.application.fake.InMemoryLearnerDirectory;
import dev.parley.application.fake.InMemoryLearnerInsightRepository;
import dev.parley.application.fake.InMemoryLearningStatsRepository;
import dev.parley.application.fake.InMemoryLessonRepository;
import dev.parley.application.fake.InMemoryOrganizationRepository;
import dev.parley.application.fake.InMemoryOutbox;
import dev.parley.application.fake.InMemoryPollRepository;
import dev.parley.application.fake.InMemoryRateWindows;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.InMemoryTicketRepository;
import dev.parley.application.fake.InMemoryTrainingItemRepository;
import dev.parley.application.fake.InMemoryTrainingRepository;
import dev.parley.application.fake.InMemoryUserRepository;
import dev.parley.application.fake.InMemoryVoteRepository;
import dev.parley.application.fake.InMemoryWebhookRepository;
import dev.parley.application.identity.port.out.RateWindowPurge;
import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import java.util.List;

/** The in-memory fakes, new and empty, as one set of adapters. */
public record InMemoryAdapters(DirectTransactions transactions, InMemoryOrganizationRepository organizations,
                               InMemoryUserRepository users, InMemoryApiTokenRepository tokens,
                               InMemoryRateWindows rateWindows, InMemoryTicketRepository tickets,
                               InMemoryAgentDirectory agents, InMemoryRoomRepository rooms,
                               InMemoryChatMessageRepository chatMessages, InMemoryPollRepository polls,
                               InMemoryVoteRepository votes, InMemoryCourseRepository courses,
                               InMemoryLessonRepository lessons, InMemoryTrainingRepository trainings,
                               InMemoryTrainingItemRepository trainingItems, InMemoryLearnerDirectory learners,
                               InMemoryCourseOutlineRepository courseOutlines, InMemoryAttemptRepository attempts,
                               InMemoryLearnerActivityRepository learnerActivity, InMemoryCompletionRepository completions,
                               InMemoryAchievementRepository achievements, InMemoryOutbox outbox,
                               InMemoryIdempotencyRecords idempotency,
                               InMemoryLearnerInsightRepository learnerInsights,
                               InMemoryLeaderboardRepository leaderboards,
                               InMemoryLearningStatsRepository learningStats,
                               InMemoryWebhookRepository webhooks,
                               InMemoryDeliveryRepository deliveries) implements Adapters {
    public static InMemoryAdapters create() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemoryChatMessageRepository chatMessages = new InMemoryChatMessageRepository();
        InMemoryVoteRepository votes = new InMemoryVoteRepository();
        InMemoryPollRepository polls = new InMemoryPollRepository(votes);
        InMemoryCourseRepository courses = new InMemoryCourseRepository();
        InMemoryLessonRepository lessons = new InMemoryLessonRepository(courses);
        InMemoryTrainingRepository trainings = new InMemoryTrainingRepository(lessons);
        InMemoryTrainingItemRepository items = new InMemoryTrainingItemRepository(trainings);
        InMemoryLearnerDirectory learners = new InMemoryLearnerDirectory(users);
        InMemoryCourseOutlineRepository outlines = new InMemoryCourseOutlineRepository(courses, lessons, trainings, items);
        InMemoryLearnerActivityRepository activity = new InMemoryLearnerActivityRepository(learners, items);
        InMemoryCompletionRepository completions = new InMemoryCompletionRepository(learners, outlines);
        return new InMemoryAdapters(new DirectTransactions(), new InMemoryOrganizationRepository(), users,
                new InMemoryApiTokenRepository(), new InMemoryRateWindows(), new InMemoryTicketRepository(),
                new InMemoryAgentDirectory(users), new InMemoryRoomRepository(chatMessages, polls), chatMessages, polls,
                votes, courses, lessons, trainings, items, learners, outlines, new InMemoryAttemptRepository(learners),
                activity, completions,
                new InMemoryAchievementRepository(learners), new InMemoryOutbox(), new InMemoryIdempotencyRecords(),
                new InMemoryLearnerInsightRepository(activity, completions, courses, outlines, items),
                new InMemoryLeaderboardRepository(learners, activity),
                new InMemoryLearningStatsRepository(users, courses, lessons, completions, activity),
                new InMemoryWebhookRepository(),
                new InMemoryDeliveryRepository());
    }

    @Override
    public OutboxPurge outboxPurge() {
        return outbox;
    }

    @Override
    public IdempotencyPurge idempotencyPurge() {
        return idempotency;
    }

    @Override
    public RateWindowPurge rateWindowPurge() {
        return rateWindows;
    }

    @Override
    public DeliveryPurge deliveryPurge() {
        return deliveries;
    }

    @Override
    public OutboxReader outboxReader() {
        return outbox;
    }

    @Override
    public List<RecordedEvent> recordedEvents() {
        return outbox.events().stream().map(RecordedEvent::of).toList();
    }
}
