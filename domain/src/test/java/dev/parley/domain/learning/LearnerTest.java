package dev.parley.domain.learning;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class LearnerTest {
    @Property
    void aLearnerIdIsAPositiveInteger(@ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long value) {
        if (value > 0) {
            assertThat(new LearnerId(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> new LearnerId(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Example
    void aLearnerHasAnIdANameAndAZone() {
        Learner learner = new Learner(new LearnerId(7), "Hanako", ZoneId.of("Asia/Tokyo"));

        assertThat(learner.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertRefused("display_name", () -> new Learner(new LearnerId(7), null, ZoneId.of("UTC")));
        assertRefused("zone", () -> new Learner(new LearnerId(7), "Hanako", null));
    }
}
