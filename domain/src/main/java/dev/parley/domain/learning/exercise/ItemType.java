package dev.parley.domain.learning.exercise;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of exercise a training item can be; each has its own content, solution and answer. */
public enum ItemType {
    MULTIPLE_CHOICE(true, false),
    FILL_BLANK(true, false),
    TRANSLATE(true, false),
    MATCH_PAIRS(true, false),
    LISTEN_SELECT(true, false),
    FLASHCARD(false, false),
    SPEAK_REPEAT(false, true),
    FREE_TEXT(false, true);

    private final boolean hasSolution;
    private final boolean selfScored;

    ItemType(boolean hasSolution, boolean selfScored) {
        this.hasSolution = hasSolution;
        this.selfScored = selfScored;
    }

    /** Whether items of this type keep a solution that graders compare answers with. */
    public boolean hasSolution() {
        return hasSolution;
    }

    /** Whether learners score their own answers to items of this type. */
    public boolean selfScored() {
        return selfScored;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemType parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of "
                        + Arrays.stream(values()).map(ItemType::wireName).collect(Collectors.joining(", "))));
    }
}
