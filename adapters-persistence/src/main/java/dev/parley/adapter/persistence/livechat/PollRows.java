package dev.parley.adapter.persistence.livechat;

import dev.parley.adapter.persistence.jooq.tables.records.PollOptionsRecord;
import dev.parley.adapter.persistence.jooq.tables.records.PollsRecord;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Maps poll and option rows to the domain, and back; a state is stored as its lower-case name. */
final class PollRows {
    private PollRows() {
    }

    static PollsRecord toRecord(Poll poll, long version) {
        PollSettings s = poll.settings();
        PollsRecord r = new PollsRecord();
        r.setId(poll.id().value());
        r.setRoomId(poll.roomId().value());
        r.setOrganizationId(poll.organizationId().value());
        r.setQuery(s.query());
        r.setTimeToAnswer(s.timeToAnswer().orElse(null));
        r.setPublishResult(s.publishResult());
        r.setTimeForResult(s.timeForResult());
        r.setDisplayFormat(s.displayFormat().wireName());
        r.setShowCorrectness(s.showCorrectness());
        r.setState(stateName(poll.state()));
        r.setCreatedAt(poll.createdAt());
        r.setUpdatedAt(poll.updatedAt());
        r.setOpenedAt(poll.openedAt().orElse(null));
        r.setClosedAt(poll.closedAt().orElse(null));
        r.setClosesAt(poll.closesAt().orElse(null));
        r.setVersion(version);
        return r;
    }

    static List<PollOptionsRecord> optionRecords(Poll poll) {
        List<PollOption> options = poll.settings().options();
        List<PollOptionsRecord> records = new ArrayList<>(options.size());
        for (int position = 0; position < options.size(); position++) {
            PollOption option = options.get(position);
            PollOptionsRecord r = new PollOptionsRecord();
            r.setId(option.id().value());
            r.setPollId(poll.id().value());
            r.setPosition(position);
            r.setText(option.text());
            r.setIsCorrect(option.correct());
            records.add(r);
        }
        return records;
    }

    static Poll toPoll(PollsRecord r, List<PollOption> options) {
        PollSettings settings = new PollSettings(r.getQuery(), options, Optional.ofNullable(r.getTimeToAnswer()),
                r.getPublishResult(), r.getTimeForResult(), DisplayFormat.parse(r.getDisplayFormat()), r.getShowCorrectness());
        return Poll.rehydrate(new PollId(r.getId()), new RoomId(r.getRoomId()), new OrganizationId(r.getOrganizationId()),
                settings, state(r.getState()), r.getCreatedAt(), r.getUpdatedAt(), Optional.ofNullable(r.getOpenedAt()),
                Optional.ofNullable(r.getClosedAt()), r.getVersion());
    }

    static PollOption toOption(PollOptionsRecord r) {
        return new PollOption(new PollOptionId(r.getId()), r.getText(), r.getIsCorrect());
    }

    static String stateName(PollState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static PollState state(String name) {
        return Arrays.stream(PollState.values())
                .filter(state -> stateName(state).equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown poll state in the database: " + name));
    }
}
