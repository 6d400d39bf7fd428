package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value object refuses its input with {@link InvalidInput} naming the offending field. */
public final class Refusals {
    private Refusals() {
    }

    public static void assertRefused(String field, ThrowingCallable construction) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("invalid." + field);
        });
    }
}
