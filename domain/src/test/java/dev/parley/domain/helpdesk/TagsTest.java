package dev.parley.domain.helpdesk;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TagsTest {

    private static List<String> distinctTags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag-" + i).toList();
    }

    @Example
    void acceptsTwentyTagsAndRefusesTwentyOne() {
        assertThat(new Tags(distinctTags(20)).values()).hasSize(20);
        assertRefused("tags", () -> new Tags(distinctTags(21)));
    }

    @Example
    void duplicatesAreDroppedBeforeCounting() {
        List<String> withDuplicate = new ArrayList<>(distinctTags(20));
        withDuplicate.add(" tag-7 ");

        assertThat(new Tags(withDuplicate).values()).isEqualTo(distinctTags(20));
    }

    @Example
    void tagsAreStrippedAndKeepTheirFirstPosition() {
        assertThat(new Tags(List.of(" vip", "billing ", "vip", "urgent", "billing")).values())
                .containsExactly("vip", "billing", "urgent");
    }

    @Example
    void acceptsFiftyCharactersAndRefusesFiftyOne() {
        assertThat(new Tags(List.of("x".repeat(50))).values()).containsExactly("x".repeat(50));
        assertThat(new Tags(List.of("😀".repeat(50))).values()).containsExactly("😀".repeat(50));
        assertRefused("tags", () -> new Tags(List.of("x".repeat(51))));
        assertRefused("tags", () -> new Tags(List.of("😀".repeat(51))));
    }

    @Example
    void refusesBlankOrMissingTags() {
        assertRefused("tags", () -> new Tags(List.of("")));
        assertRefused("tags", () -> new Tags(List.of("vip", " \t ")));
        assertRefused("tags", () -> new Tags(Arrays.asList("vip", null)));
        assertRefused("tags", () -> new Tags(null));
    }

    @Example
    void noTagsIsEmpty() {
        assertThat(Tags.none().values()).isEmpty();
        assertThat(new Tags(List.of())).isEqualTo(Tags.none());
    }

    @Provide
    Arbitrary<List<String>> tagLists() {
        Arbitrary<String> tag = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> padded = Arbitraries.of("", " ", "  ").flatMap(pad -> tag.map(t -> pad + t + pad));
        return padded.list().ofMaxSize(40);
    }

    @Property
    void keepsEachStrippedTagOnceInFirstSeenOrderUpToTwenty(@ForAll("tagLists") List<String> raw) {
        List<String> distinct = raw.stream().map(String::strip).distinct().toList();

        if (distinct.size() <= Tags.MAX_TAGS) {
            assertThat(new Tags(raw).values()).isEqualTo(distinct);
        } else {
            assertRefused("tags", () -> new Tags(raw));
        }
    }

    @Property
    void theValuesCannotBeChangedFromOutside(@ForAll("tagLists") List<String> raw) {
        Assume.that(raw.stream().map(String::strip).distinct().count() <= Tags.MAX_TAGS);
        List<String> mutable = new ArrayList<>(raw);
        Tags tags = new Tags(mutable);

        mutable.add("late");

        assertThat(tags.values()).doesNotContain("late");
    }
}
