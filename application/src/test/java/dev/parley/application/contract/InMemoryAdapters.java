package dev.parley.application.contract;

import dev.parley.application.fake.DirectTransactions;
import dev.parley.application.fake.InMemoryAgentDirectory;
import dev.parley.application.fake.InMemoryApiTokenRepository;
import dev.parley.application.fake.InMemoryChatMessageRepository;
import dev.parley.application.fake.InMemoryCourseRepository;
import dev.parley.application.fake.InMemoryIdempotencyRecords;
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
import java.util.List;

/** The in-memory fakes, new and empty, as one set of adapters. */
public record InMemoryAdapters(DirectTransactions transactions, InMemoryOrganizationRepository organizations,
                               InMemoryUserRepository users, InMemoryApiTokenRepository tokens,
                               InMemoryRateWindows rateWindows, InMemoryTicketRepository tickets,
                               InMemoryAgentDirectory agents, InMemoryRoomRepository rooms,
                               InMemoryChatMessageRepository chatMessages, InMemoryPollRepository polls,
                               InMemoryVoteRepository votes, InMemoryCourseRepository courses,
                               InMemoryLessonRepository lessons, InMemoryTrainingRepository trainings,
                               InMemoryTrainingItemRepository trainingItems, InMemoryOutbox outbox,
                               InMemoryIdempotencyRecords idempotency) implements Adapters {
    public static InMemoryAdapters create() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemoryChatMessageRepository chatMessages = new InMemoryChatMessageRepository();
        InMemoryVoteRepository votes = new InMemoryVoteRepository();
        InMemoryPollRepository polls = new InMemoryPollRepository(votes);
        InMemoryCourseRepository courses = new InMemoryCourseRepository();
        InMemoryLessonRepository lessons = new InMemoryLessonRepository(courses);
        InMemoryTrainingRepository trainings = new InMemoryTrainingRepository(lessons);
        return new InMemoryAdapters(new DirectTransactions(), new InMemoryOrganizationRepository(), users,
                new InMemoryApiTokenRepository(), new InMemoryRateWindows(), new InMemoryTicketRepository(),
                new InMemoryAgentDirectory(users), new InMemoryRoomRepository(chatMessages, polls), chatMessages, polls,
                votes, courses, lessons, trainings, new InMemoryTrainingItemRepository(trainings), new InMemoryOutbox(),
                new InMemoryIdempotencyRecords());
    }

    @Override
    public List<RecordedEvent> recordedEvents() {
        return outbox.events().stream().map(RecordedEvent::of).toList();
    }
}
