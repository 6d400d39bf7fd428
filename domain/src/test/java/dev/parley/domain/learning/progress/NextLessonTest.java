package dev.parley.domain.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.progress.NextLesson.LessonStanding;
import dev.parley.domain.learning.progress.NextLesson.Reason;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NextLessonTest {

    /** A course's lessons in order, often completed, often empty, sometimes completed although items were added since. */
    @Provide
    Arbitrary<List<LessonStanding>> courses() {
        Arbitrary<long[]> standing = Combinators.combine(Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 3),
                Arbitraries.of(true, false)).as((total, done, completed) -> new long[] {total, Math.min(done, total), completed ? 1 : 0});
        return standing.list().ofMaxSize(8).map(rows -> IntStream.range(0, rows.size())
                .mapToObj(i -> new LessonStanding(new LessonId(i + 1), new ItemCount(rows.get(i)[1], rows.get(i)[0]), rows.get(i)[2] == 1))
                .toList());
    }

    @Property
    void theNextLessonIsTheFirstNotCompletedWithItemsAndEveryLessonBeforeItIsDoneOrEmpty(@ForAll("courses") List<LessonStanding> lessons) {
        Optional<LessonStanding> next = NextLesson.firstOpen(lessons);

        int index = next.map(lessons::indexOf).orElse(lessons.size());
        next.ifPresent(lesson -> {
            assertThat(lesson.completed()).isFalse();
            assertThat(lesson.items().total()).isPositive();
        });
        assertThat(lessons.subList(0, index)).allSatisfy(before -> assertThat(before.completed() || before.items().total() == 0).isTrue());
    }

    @Example
    void aCompletedLessonStaysBehindWhenItemsAreAddedAndAnEmptyOneIsSkipped() {
        LessonStanding grown = new LessonStanding(new LessonId(1), new ItemCount(3, 5), true);
        LessonStanding empty = new LessonStanding(new LessonId(2), new ItemCount(0, 0), false);
        LessonStanding started = new LessonStanding(new LessonId(3), new ItemCount(1, 4), false);

        assertThat(NextLesson.firstOpen(List.of(grown, empty, started))).contains(started);
        assertThat(NextLesson.firstOpen(List.of(grown, empty))).isEmpty();
        assertThat(NextLesson.firstOpen(List.of())).isEmpty();
    }

    @Example
    void reasonsHaveWireNames() {
        assertThat(Reason.CONTINUE.wireName()).isEqualTo("continue");
        assertThat(Reason.START.wireName()).isEqualTo("start");
    }
}
