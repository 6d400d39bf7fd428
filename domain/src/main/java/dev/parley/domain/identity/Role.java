package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** What a person does in an organization; decides the abilities of the tokens they sign in for. */
public enum Role {
    ADMIN,
    INSTRUCTOR,
    AGENT,
    LEARNER;

    public Abilities abilities() {
        return switch (this) {
            case ADMIN -> Abilities.everything();
            case INSTRUCTOR -> Abilities.of(Ability.COURSES_READ, Ability.COURSES_WRITE, Ability.PROGRESS_READ, Ability.STATS_READ);
            case AGENT -> Abilities.of(Ability.TICKETS_READ, Ability.TICKETS_WRITE);
            case LEARNER -> Abilities.of(Ability.COURSES_READ, Ability.PROGRESS_READ, Ability.PROGRESS_WRITE);
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(r -> r.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of admin, instructor, agent, learner"));
    }
}
