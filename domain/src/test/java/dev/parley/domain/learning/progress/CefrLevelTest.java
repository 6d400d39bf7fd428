package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CefrLevelTest {
    private static final Set<String> ACCEPTED_LEVELS = Arrays.stream(CefrLevel.values())
            .flatMap(l -> Set.of(l.name(), l.name().toLowerCase(Locale.ROOT)).stream()).collect(Collectors.toSet());

    @Example
    void levelsAreOrderedFromA1ToC2() {
        assertThat(CefrLevel.values()).containsExactly(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1,
                CefrLevel.C2);
        assertThat(CefrLevel.B1).isGreaterThan(CefrLevel.A2).isLessThan(CefrLevel.B2);
    }

    @Example
    void parsesUpperAndLowerCaseWireNames() {
        for (CefrLevel level : CefrLevel.values()) {
            assertThat(CefrLevel.parse(level.wireName())).isEqualTo(level);
            assertThat(CefrLevel.parse(level.wireName().toLowerCase(Locale.ROOT))).isEqualTo(level);
        }
        assertThat(CefrLevel.B2.wireName()).isEqualTo("B2");
    }

    @Example
    void refusesAnythingElseOnTheNamedField() {
        for (String invalid : new String[] {"", " B1", "B1 ", "b 1", "B", "C3", "A0", "Ｂ１", "bB1", "intermediate"}) {
            assertRefused("cefr_level", () -> CefrLevel.parse(invalid));
        }
        assertRefused("cefr_level", () -> CefrLevel.parse(null));
        assertRefused("target_level", () -> CefrLevel.parse("target_level", "D1"));
    }

    @Property
    void acceptsExactlyTheTwelveSpellings(@ForAll String raw) {
        if (ACCEPTED_LEVELS.contains(raw)) {
            assertThat(CefrLevel.parse(raw).name()).isEqualTo(raw.toUpperCase(Locale.ROOT));
        } else {
            assertRefused("cefr_level", () -> CefrLevel.parse(raw));
        }
    }

    @Example
    void skillsParseTheirLowerCaseWireNamesOnly() {
        for (Skill skill : Skill.values()) {
            assertThat(Skill.parse(skill.wireName())).isEqualTo(skill);
        }
        assertThat(Skill.VOCABULARY.wireName()).isEqualTo("vocabulary");
        for (String invalid : new String[] {"", "READING", "Reading", " reading", "spelling"}) {
            assertRefused("skill", () -> Skill.parse(invalid));
        }
        assertRefused("skill", () -> Skill.parse(null));
    }
}
