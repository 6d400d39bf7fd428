package dev.parley.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

class CourseChildrenTest {
    private static final Instant T0 = Instant.parse("2024-03-15T14:23:00.123456Z");
    private static final OrganizationId ORG = new OrganizationId(7);

    private static ItemSettings flashcard(String back, int xp) {
        return new ItemSettings(Exercise.parse(ItemType.FLASHCARD, Map.of("front", "犬", "back", back), null), Skill.VOCABULARY,
                CefrLevel.A1, new Xp(xp));
    }

    @Example
    void aLessonMovesToAnotherCourseAndTouchesOnlyOnChange() {
        Lesson lesson = Lesson.create(new LessonId(1), ORG, new CourseId(10), new Title("Greetings"), new Position(1), T0);
        lesson.revise(new CourseId(10), new Title("Greetings"), new Position(1), T0.plusSeconds(1));
        assertThat(lesson.updatedAt()).isEqualTo(T0);

        lesson.revise(new CourseId(11), new Title("Hello"), new Position(3), T0.plusSeconds(2));

        assertThat(lesson.courseId()).isEqualTo(new CourseId(11));
        assertThat(lesson.title()).isEqualTo(new Title("Hello"));
        assertThat(lesson.position()).isEqualTo(new Position(3));
        assertThat(lesson.updatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(lesson.createdAt()).isEqualTo(T0);
    }

    @Example
    void aTrainingMovesToAnotherLessonAndTouchesOnlyOnChange() {
        Training training = Training.create(new TrainingId(1), ORG, new LessonId(5), new Title("Drill"), new TrainingKind("practice"),
                new Position(2), T0);
        training.revise(new LessonId(5), new Title("Drill"), new TrainingKind("practice"), new Position(2), T0.plusSeconds(1));
        assertThat(training.updatedAt()).isEqualTo(T0);

        training.revise(new LessonId(6), new Title("Drill"), new TrainingKind("review"), new Position(2), T0.plusSeconds(2));

        assertThat(training.lessonId()).isEqualTo(new LessonId(6));
        assertThat(training.kind()).isEqualTo(new TrainingKind("review"));
        assertThat(training.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Example
    void anItemExposesWhatProgressNeedsAndGradesThroughItsExercise() {
        TrainingItem item = TrainingItem.create(new TrainingItemId(1), ORG, new TrainingId(3), flashcard("dog", 25),
                new Position(1), T0);

        assertThat(item.type()).isEqualTo(ItemType.FLASHCARD);
        assertThat(item.skill()).isEqualTo(Skill.VOCABULARY);
        assertThat(item.cefrLevel()).isEqualTo(CefrLevel.A1);
        assertThat(item.xp()).isEqualTo(new Xp(25));
        assertThat(item.selfScored()).isFalse();
        assertThat(item.grade(new ItemAnswer.Flashcard(true)).correct()).isTrue();
        assertThat(item.grade(new ItemAnswer.Flashcard(false)).score()).isZero();
    }

    @Example
    void anItemIsRevisedAndTouchedOnlyOnChange() {
        TrainingItem item = TrainingItem.create(new TrainingItemId(1), ORG, new TrainingId(3), flashcard("dog", 10),
                new Position(1), T0);
        item.revise(new TrainingId(3), flashcard("dog", 10), new Position(1), T0.plusSeconds(1));
        assertThat(item.updatedAt()).isEqualTo(T0);

        item.revise(new TrainingId(4), flashcard("hound", 10), new Position(2), T0.plusSeconds(2));

        assertThat(item.trainingId()).isEqualTo(new TrainingId(4));
        assertThat(item.exercise().content().toData()).isEqualTo(Map.of("front", "犬", "back", "hound"));
        assertThat(item.position()).isEqualTo(new Position(2));
        assertThat(item.updatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(List.of(item.createdAt(), item.version())).containsExactly(T0, 0L);
    }
}
