package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.PollDraft;
import dev.parley.application.livechat.port.in.PollUseCase;
import dev.parley.application.livechat.port.in.PollView;
import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Polls: written and edited before opening, one open per room, votes one per viewer, closed by hand or by time. */
public final class PollService implements PollUseCase {
    public static final int CLOSE_BATCH = 100;

    private final RoomRepository rooms;
    private final PollRepository polls;
    private final VoteRepository votes;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public PollService(RoomRepository rooms, PollRepository polls, VoteRepository votes, Transactions tx, Outbox outbox,
                       IdGenerator ids, Clock clock) {
        this.rooms = rooms;
        this.polls = polls;
        this.votes = votes;
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public PollId create(OrganizationId org, RoomId room, PollDraft draft) {
        return tx.inTransaction(() -> {
            RoomLookup.require(rooms, org, room);
            Poll poll = Poll.create(new PollId(ids.newUuid()), room, org, settingsOf(draft), clock.instant());
            polls.save(poll);
            return poll.id();
        });
    }

    private PollSettings settingsOf(PollDraft draft) {
        return new PollSettings(
                draft.query().orElseThrow(() -> new InvalidInput("query", "is required")),
                options(draft.options().orElseThrow(() -> new InvalidInput("options", "is required"))),
                draft.timeToAnswer().orElse(Optional.empty()),
                draft.publishResult().orElse(false),
                draft.timeForResult().orElse(PollSettings.DEFAULT_TIME_FOR_RESULT),
                draft.displayFormat().orElse(DisplayFormat.PERCENT),
                draft.showCorrectness().orElse(false));
    }

    @Override
    public void update(OrganizationId org, RoomId room, PollId id, PollDraft changes) {
        change(org, room, id, poll -> {
            PollSettings current = poll.settings();
            poll.edit(new PollSettings(
                    changes.query().orElse(current.query()),
                    changes.options().map(this::options).orElse(current.options()),
                    changes.timeToAnswer().orElse(current.timeToAnswer()),
                    changes.publishResult().orElse(current.publishResult()),
                    changes.timeForResult().orElse(current.timeForResult()),
                    changes.displayFormat().orElse(current.displayFormat()),
                    changes.showCorrectness().orElse(current.showCorrectness())), clock.instant());
        });
    }

    @Override
    public void delete(OrganizationId org, RoomId room, PollId id) {
        tx.run(() -> {
            require(org, room, id);
            polls.delete(org, room, id);
        });
    }

    @Override
    public void open(OrganizationId org, RoomId room, PollId id) {
        change(org, room, id, poll -> {
            polls.findOpen(org, room).filter(open -> !open.id().equals(id)).ifPresent(open -> {
                throw new Conflict("poll.another_open", "Another poll of this room is open; close it first.");
            });
            poll.open(clock.instant());
        });
    }

    @Override
    public void close(OrganizationId org, RoomId room, PollId id) {
        change(org, room, id, poll -> poll.close(votes.counts(id), clock.instant()));
    }

    @Override
    public void vote(OrganizationId org, RoomId room, PollId id, String userId, PollOptionId option) {
        tx.run(() -> {
            Poll poll = require(org, room, id);
            poll.acceptVote(option, clock.instant());
            votes.record(id, userId, option, clock.instant());
        });
    }

    @Override
    public PollView get(OrganizationId org, RoomId room, PollId id) {
        Poll poll = require(org, room, id);
        return new PollView(poll, votes.counts(id));
    }

    @Override
    public List<PollView> list(OrganizationId org, RoomId room) {
        RoomLookup.require(rooms, org, room);
        return polls.list(org, room).stream().map(poll -> new PollView(poll, votes.counts(poll.id()))).toList();
    }

    @Override
    public int closeExpired() {
        int closed = 0;
        Instant now = clock.instant();
        for (Poll due : polls.dueForClosing(now, CLOSE_BATCH)) {
            try {
                change(due.organizationId(), due.roomId(), due.id(), poll -> poll.close(votes.counts(poll.id()),
                        poll.closesAt().filter(deadline -> deadline.isBefore(now)).orElse(now)));
                closed++;
            } catch (DomainException alreadyHandled) {
                // Another server closed it, or someone closed it by hand, since it was listed.
            }
        }
        return closed;
    }

    private List<PollOption> options(List<PollDraft.OptionDraft> drafts) {
        return drafts.stream().map(d -> new PollOption(new PollOptionId(ids.newUuid()), d.text(), d.correct())).toList();
    }

    private Poll require(OrganizationId org, RoomId room, PollId id) {
        RoomLookup.require(rooms, org, room);
        return polls.find(org, room, id).orElseThrow(() -> new NotFound("poll", id.value()));
    }

    private void change(OrganizationId org, RoomId room, PollId id, Consumer<Poll> change) {
        tx.run(() -> {
            Poll poll = require(org, room, id);
            change.accept(poll);
            polls.save(poll);
            outbox.append(poll.pullEvents());
        });
    }
}
