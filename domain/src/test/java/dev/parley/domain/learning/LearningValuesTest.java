package dev.parley.domain.learning;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LearningValuesTest {
    private static CourseDetails details(Optional<String> description) {
        return new CourseDetails(new CourseSlug("english-a1"), new Title("English A1"), description, new LanguageTag("en"),
                new LanguageTag("ja"), CefrLevel.A1);
    }

    @Example
    void titlesAreStrippedRequiredLinesOfAtMostTwoHundredCharacters() {
        assertThat(new Title("  Greetings ").value()).isEqualTo("Greetings");
        assertThat(new Title("語".repeat(200)).value()).hasSize(200);
        assertRefused("title", () -> new Title("x".repeat(201)));
        assertRefused("title", () -> new Title("   "));
        assertRefused("title", () -> new Title(null));
    }

    @Example
    void kindsAreFreeTextOfAtMostFiftyCharacters() {
        assertThat(new TrainingKind(" review ").value()).isEqualTo("review");
        assertThat(new TrainingKind("k".repeat(50)).value()).hasSize(50);
        assertRefused("kind", () -> new TrainingKind("k".repeat(51)));
        assertRefused("kind", () -> new TrainingKind(""));
    }

    @Property
    void positionsRunFromOneToTheMaximum(@ForAll @IntRange(min = -5, max = Position.MAX + 5) int value) {
        if (value >= 1 && value <= Position.MAX) {
            assertThat(new Position(value).value()).isEqualTo(value);
        } else {
            assertRefused("position", () -> new Position(value));
        }
    }

    @Example
    void thePositionAfterTheLastIsOneMore() {
        assertThat(Position.after(0)).isEqualTo(new Position(1));
        assertThat(Position.after(7)).isEqualTo(new Position(8));
        assertRefused("position", () -> Position.after(Position.MAX));
    }

    @Property
    void xpRunsFromOneToAThousand(@ForAll @IntRange(min = -5, max = 1005) int value) {
        if (value >= 1 && value <= 1000) {
            assertThat(new Xp(value).value()).isEqualTo(value);
        } else {
            assertRefused("xp", () -> new Xp(value));
        }
        assertThat(Xp.DEFAULT.value()).isEqualTo(10);
    }

    @Example
    void enumerationsParseTheirWireNamesAndRefuseOthersOnTheGivenField() {
        assertThat(CefrLevel.parse("cefr_level", "B2")).isEqualTo(CefrLevel.B2);
        assertRefused("cefr_level", () -> CefrLevel.parse("cefr_level", "D1"));
        assertRefused("cefr_level", () -> CefrLevel.parse("cefr_level", "b2"));
        assertThat(Skill.parse("skill", "vocabulary")).isEqualTo(Skill.VOCABULARY);
        assertRefused("skill", () -> Skill.parse("skill", "math"));
        assertThat(CourseStatus.parse("status", "archived")).isEqualTo(CourseStatus.ARCHIVED);
        assertRefused("status", () -> CourseStatus.parse("status", "deleted"));
        assertRefused("status", () -> CourseStatus.parse("status", null));
    }

    @Example
    void aDescriptionIsOptionalBlankMeansNoneAndItHoldsAtMostFiveThousandCharacters() {
        assertThat(details(Optional.of("  Learn to greet.  ")).description()).contains("Learn to greet.");
        assertThat(details(Optional.of("   ")).description()).isEmpty();
        assertThat(details(Optional.empty()).description()).isEmpty();
        assertThat(details(Optional.of("d".repeat(5000))).description()).isPresent();
        assertRefused("description", () -> details(Optional.of("d".repeat(5001))));
    }

    @Example
    void courseDetailsNameTheMissingField() {
        assertRefused("slug", () -> new CourseDetails(null, new Title("t"), Optional.empty(), new LanguageTag("en"),
                new LanguageTag("ja"), CefrLevel.A1));
        assertRefused("source_language", () -> new CourseDetails(new CourseSlug("s"), new Title("t"), Optional.empty(),
                new LanguageTag("en"), null, CefrLevel.A1));
        assertRefused("cefr_level", () -> new CourseDetails(new CourseSlug("s"), new Title("t"), Optional.empty(),
                new LanguageTag("en"), new LanguageTag("ja"), null));
    }
}
