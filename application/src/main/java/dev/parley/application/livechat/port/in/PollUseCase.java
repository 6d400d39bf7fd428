package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;

/** Runs a room's polls: write, open, take votes, close. */
public interface PollUseCase {
    PollId create(OrganizationId org, RoomId room, PollDraft draft);

    void update(OrganizationId org, RoomId room, PollId poll, PollDraft changes);

    void delete(OrganizationId org, RoomId room, PollId poll);

    /** Opens the poll; a room has at most one open poll. */
    void open(OrganizationId org, RoomId room, PollId poll);

    void close(OrganizationId org, RoomId room, PollId poll);

    void vote(OrganizationId org, RoomId room, PollId poll, String userId, PollOptionId option);

    PollView get(OrganizationId org, RoomId room, PollId poll);

    List<PollView> list(OrganizationId org, RoomId room);

    /** Closes every open poll whose answer time has run out, recording its deadline as the closing time; answers how many. */
    int closeExpired();
}
