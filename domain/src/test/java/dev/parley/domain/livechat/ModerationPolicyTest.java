package dev.parley.domain.livechat;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.livechat.ModerationPolicy.Moderated;
import dev.parley.domain.shared.ErrorKind;
import dev.parley.domain.shared.OrganizationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class ModerationPolicyTest {
    private static final Instant NOW = Instant.parse("2024-03-15T14:23:00Z");
    private static final OrganizationId ORG = new OrganizationId(42);
    private static final SigningKey KEY = new SigningKey("DqtSOLRu1ZzpUeqmr6VTesspHJ0hMGxJ");
    private static final Sender VIEWER = new Sender("viewer-1", Optional.of("Ada"), false);
    private static final Sender MODERATOR = new Sender("moderator-1", Optional.of("Grace"), true);

    /** The room-level knobs moderation reads; everything else stays at its default. */
    record Rules(List<String> words, ProfanitiesMethod method, int cooldownSeconds, boolean allowRepeatedPosts,
                 boolean allowPostLinks) {
        static Rules words(ProfanitiesMethod method, String... words) {
            return new Rules(List.of(words), method, 0, false, false);
        }

        Rules cooldown(int seconds) {
            return new Rules(words, method, seconds, allowRepeatedPosts, allowPostLinks);
        }

        Rules repeatedPosts(boolean allowed) {
            return new Rules(words, method, cooldownSeconds, allowed, allowPostLinks);
        }

        Rules links(boolean allowed) {
            return new Rules(words, method, cooldownSeconds, allowRepeatedPosts, allowed);
        }

        Room room(RoomStatus status) {
            RoomSettings settings = new RoomSettings("live", 1000, false, RoomSettings.DEFAULT_DOMAINS, false, "", words, method,
                    List.of(), cooldownSeconds, false, allowRepeatedPosts, allowPostLinks);
            return Room.rehydrate(new RoomId(new UUID(0, 1)), ORG, settings, status, KEY, NOW.minusSeconds(86_400),
                    NOW.minusSeconds(86_400), 0);
        }
    }

    private static final Rules PLAIN = Rules.words(ProfanitiesMethod.REPLACE);

    private static Moderated post(Rules rules, Sender sender, String text) {
        return ModerationPolicy.moderate(rules.room(RoomStatus.OPEN), sender, new MessageBody(text), SenderHistory.none(), NOW);
    }

    private static Moderated post(Rules rules, RoomStatus status, Sender sender, String text, SenderHistory history, Instant now) {
        return ModerationPolicy.moderate(rules.room(status), sender, new MessageBody(text), history, now);
    }

    private static void assertRejected(RejectionReason reason, ThrowingCallable posting) {
        assertThatThrownBy(posting).isInstanceOfSatisfying(MessageRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo(MessageRejected.CODE);
            assertThat(e.details()).containsEntry("reason", reason.wireName());
        });
    }

    private static String nfkcLower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    // ---- generators --------------------------------------------------------------------------------------------

    /** A random spelling of a canonical text: each character in any case, width or (de)composition that folds to it. */
    private static Arbitrary<String> spell(String canonical) {
        if (canonical.isEmpty()) {
            return Arbitraries.just("");
        }
        List<Arbitrary<String>> characters = canonical.chars()
                .mapToObj(c -> FoldedTextTest.variantsOf(String.valueOf((char) c))).toList();
        return Combinators.combine(characters).as(parts -> String.join("", parts));
    }

    /** A listed word in canonical (folded) form: letters, digits and kana, never an asterisk (see the report). */
    private static Arbitrary<String> canonicalWords() {
        Arbitrary<String> wordCharacter = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z').map(String::valueOf),
                Arbitraries.chars().range('0', '9').map(String::valueOf),
                Arbitraries.of(FoldedTextTest.HIRAGANA),
                Arbitraries.of(List.copyOf(FoldedTextTest.HALF_WIDTH_KATAKANA.keySet())));
        return wordCharacter.list().ofMinSize(1).ofMaxSize(5).map(chars -> String.join("", chars));
    }

    /** A text made of random fragments and listed words, every piece spelled in a random case and width. */
    record Scenario(List<String> canonicalWords, List<String> listedWords, String text) {
        boolean containsAListedWord() {
            String folded = nfkcLower(text.strip());
            return canonicalWords.stream().anyMatch(folded::contains);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return canonicalWords().list().ofMinSize(1).ofMaxSize(4).uniqueElements().flatMap(words -> {
            Arbitrary<List<String>> listed = Combinators.combine(words.stream().map(ModerationPolicyTest::spell).toList())
                    .as(List::copyOf);
            Arbitrary<String> fragment = FoldedTextTest.canonicalCharacters().list().ofMaxSize(6)
                    .map(chars -> String.join("", chars));
            Arbitrary<String> piece = Arbitraries.frequencyOf(
                    Tuple.of(3, fragment), Tuple.of(1, Arbitraries.of(words)));
            Arbitrary<String> text = piece.list().ofMinSize(1).ofMaxSize(8)
                    .flatMap(pieces -> Combinators.combine(pieces.stream().map(ModerationPolicyTest::spell).toList())
                            .as(spelled -> String.join("", spelled)))
                    .filter(t -> !t.isBlank());
            return Combinators.combine(listed, text).as((l, t) -> new Scenario(words, l, t));
        });
    }

    // ---- replace -----------------------------------------------------------------------------------------------

    @Property
    void replaceLeavesNoListedWordInTheStoredText(@ForAll("scenarios") Scenario scenario, @ForAll boolean allowLinks) {
        Rules rules = new Rules(scenario.listedWords(), ProfanitiesMethod.REPLACE, 0, false, allowLinks);

        Moderated moderated = post(rules, VIEWER, scenario.text());

        Statistics.label("contains a listed word").collect(scenario.containsAListedWord())
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        assertThat(moderated.visibility()).isEqualTo(Visibility.ALL);
        for (String word : scenario.listedWords()) {
            assertThat(FoldedText.foldWord(moderated.text())).doesNotContain(FoldedText.foldWord(word));
        }
        for (String word : scenario.canonicalWords()) {
            assertThat(nfkcLower(moderated.text())).doesNotContain(word);
        }
    }

    @Property
    void replacePassesATextWithoutListedWordsUnchangedAndMasksOneWithThem(@ForAll("scenarios") Scenario scenario) {
        Rules rules = new Rules(scenario.listedWords(), ProfanitiesMethod.REPLACE, 0, false, false);
        String posted = new MessageBody(scenario.text()).text();

        Moderated moderated = post(rules, VIEWER, scenario.text());

        Statistics.label("contains a listed word").collect(scenario.containsAListedWord())
                .coverage(c -> c.check(false).percentage(p -> p > 10));
        if (scenario.containsAListedWord()) {
            assertThat(moderated.text()).isNotEqualTo(posted).contains(ContentScan.MASK);
        } else {
            assertThat(moderated.text()).isEqualTo(posted);
        }
    }

    @Property
    void senderOnlyKeepsTheTextAndHidesItFromOthersWhenItHasAListedWord(@ForAll("scenarios") Scenario scenario) {
        Rules rules = new Rules(scenario.listedWords(), ProfanitiesMethod.SENDER_ONLY, 0, false, false);
        String posted = new MessageBody(scenario.text()).text();

        Moderated moderated = post(rules, VIEWER, scenario.text());

        assertThat(moderated.text()).isEqualTo(posted);
        assertThat(moderated.visibility()).isEqualTo(scenario.containsAListedWord() ? Visibility.SENDER_ONLY : Visibility.ALL);
    }

    @Property
    void rejectRefusesEveryTextWithAListedWordAndOnlyThose(@ForAll("scenarios") Scenario scenario) {
        Rules rules = new Rules(scenario.listedWords(), ProfanitiesMethod.REJECT, 0, false, false);
        String posted = new MessageBody(scenario.text()).text();

        if (scenario.containsAListedWord()) {
            assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, scenario.text()));
        } else {
            assertThat(post(rules, VIEWER, scenario.text())).isEqualTo(new Moderated(posted, Visibility.ALL));
        }
    }

    @Property
    void moderatorsAreHeldToTheListedWordsLikeEveryoneElse(@ForAll("scenarios") Scenario scenario,
                                                          @ForAll ProfanitiesMethod method) {
        Rules rules = new Rules(scenario.listedWords(), method, 0, false, false);

        ThrowingCallable byViewer = () -> post(rules, VIEWER, scenario.text());
        ThrowingCallable byModerator = () -> post(rules, MODERATOR, scenario.text());

        if (method == ProfanitiesMethod.REJECT && scenario.containsAListedWord()) {
            assertRejected(RejectionReason.NG_WORD, byViewer);
            assertRejected(RejectionReason.NG_WORD, byModerator);
        } else {
            assertThat(post(rules, MODERATOR, scenario.text())).isEqualTo(post(rules, VIEWER, scenario.text()));
        }
    }

    // ---- words are literals -------------------------------------------------------------------------------------

    private static final List<String> PATTERN_LIKE_WORDS = List.of(".*", "a+b", "(", "[", ")", "]", ".", "+", "?", "|", "a|b",
            "^", "$", "\\", "\\d", "[a-b]", "b{2}", "(?i)", "\\Q", "\\E");

    @Provide
    Arbitrary<List<String>> patternLikeWords() {
        return Arbitraries.of(PATTERN_LIKE_WORDS).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    @Provide
    Arbitrary<String> patternLikeTexts() {
        return Arbitraries.strings().withChars("ab2dQEi.*+?|()[]{}^$\\ -").ofMinLength(1).ofMaxLength(30)
                .filter(t -> !t.isBlank());
    }

    @Property
    void listedWordsMatchOnlyLiterallyWhenRejecting(@ForAll("patternLikeWords") List<String> words,
                                                     @ForAll("patternLikeTexts") String text) {
        Rules rules = new Rules(words, ProfanitiesMethod.REJECT, 0, false, true);
        String posted = new MessageBody(text).text();
        boolean literal = words.stream().anyMatch(posted::contains);

        if (literal) {
            assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, text));
        } else {
            assertThat(post(rules, VIEWER, text)).isEqualTo(new Moderated(posted, Visibility.ALL));
        }
    }

    @Property
    void listedWordsAreMaskedOnlyLiterallyWhenReplacing(@ForAll("patternLikeWords") List<String> words,
                                                        @ForAll("patternLikeTexts") String text) {
        Rules rules = new Rules(words, ProfanitiesMethod.REPLACE, 0, false, true);
        String posted = new MessageBody(text).text();

        Moderated moderated = post(rules, VIEWER, text);

        for (String word : words) {
            assertThat(moderated.text()).doesNotContain(word);
        }
        if (words.stream().noneMatch(posted::contains)) {
            assertThat(moderated.text()).isEqualTo(posted);
        }
    }

    @Example
    void patternLikeWordsDoNotMatchWhatTheirPatternWould() {
        Rules rules = Rules.words(ProfanitiesMethod.REJECT, ".*", "a+b", "(", "[", "\\d").links(true);

        assertThat(post(rules, VIEWER, "anything at all").text()).isEqualTo("anything at all");
        assertThat(post(rules, VIEWER, "aab and 42").text()).isEqualTo("aab and 42");
        assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, "say a+b"));
        assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, "smile :("));
        assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, "[citation needed]"));
        assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, "x.*y"));
        assertThatCode(() -> post(Rules.words(ProfanitiesMethod.REPLACE, "(", "[", "\\"), VIEWER, "a ( b [ c \\ d"))
                .doesNotThrowAnyException();
        assertThat(post(Rules.words(ProfanitiesMethod.REPLACE, "(", "[", "\\"), VIEWER, "a ( b [ c \\ d").text())
                .isEqualTo("a *** b *** c *** d");
    }

    // ---- Japanese and width examples ----------------------------------------------------------------------------

    @Example
    void fullWidthCapitalsMatchALowerCaseListedWord() {
        assertRejected(RejectionReason.NG_WORD, () -> post(Rules.words(ProfanitiesMethod.REJECT, "bad"), VIEWER, "so ＢＡＤ!"));
        assertThat(post(Rules.words(ProfanitiesMethod.REPLACE, "bad"), VIEWER, "so ＢＡＤ!").text()).isEqualTo("so ***!");
        assertThat(post(Rules.words(ProfanitiesMethod.REPLACE, "ＢＡＤ"), VIEWER, "so Bad!").text()).isEqualTo("so ***!");
    }

    @Example
    void halfWidthKatakanaWithVoicedMarksMatchesTheFullWidthWordAndIsMaskedWhole() {
        assertRejected(RejectionReason.NG_WORD, () -> post(Rules.words(ProfanitiesMethod.REJECT, "バカ"), VIEWER, "この ﾊﾞｶ め"));
        assertThat(post(Rules.words(ProfanitiesMethod.REPLACE, "バカ"), VIEWER, "このﾊﾞｶめ").text()).isEqualTo("この***め");
        assertThat(post(Rules.words(ProfanitiesMethod.REPLACE, "ﾊﾞｶ"), VIEWER, "このバカめ").text()).isEqualTo("この***め");
    }

    @Example
    void aVoicelessKanaDoesNotMatchTheBaseOfAVoicedOne() {
        Rules rules = Rules.words(ProfanitiesMethod.REJECT, "ハ");

        assertThat(post(rules, VIEWER, "ﾊﾞｶ").text()).isEqualTo("ﾊﾞｶ");
        assertThat(post(rules, VIEWER, "ハ\u3099カ").text()).isEqualTo("ハ\u3099カ");
        assertThat(post(rules, VIEWER, "バカ").text()).isEqualTo("バカ");
        assertRejected(RejectionReason.NG_WORD, () -> post(rules, VIEWER, "ﾊｶ"));
    }

    @Example
    void hiraganaWordsDoNotMatchKatakanaBecauseNfkcDoesNotMapBetweenThem() {
        Rules hiragana = Rules.words(ProfanitiesMethod.REJECT, "ばか");

        assertThat(post(hiragana, VIEWER, "バカ").visibility()).isEqualTo(Visibility.ALL);
        assertThat(post(hiragana, VIEWER, "ﾊﾞｶ").visibility()).isEqualTo(Visibility.ALL);
        assertRejected(RejectionReason.NG_WORD, () -> post(hiragana, VIEWER, "ばかだね"));
        assertRejected(RejectionReason.NG_WORD, () -> post(hiragana, VIEWER, "は\u3099かだね"));
    }

    // ---- links --------------------------------------------------------------------------------------------------

    private static final List<String> LINKS = List.of("see https://example.com/x", "http://x", "go to www.example.org now",
            "example.jp", "visit parley.co/pricing", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "HTTPS://EXAMPLE.NET");

    @Example
    void rejectRefusesLinksUnlessTheRoomAllowsThem() {
        for (String text : LINKS) {
            assertRejected(RejectionReason.LINK_NOT_ALLOWED, () -> post(Rules.words(ProfanitiesMethod.REJECT), VIEWER, text));
            assertRejected(RejectionReason.LINK_NOT_ALLOWED, () -> post(Rules.words(ProfanitiesMethod.REJECT), MODERATOR, text));
            assertThat(post(Rules.words(ProfanitiesMethod.REJECT).links(true), VIEWER, text))
                    .isEqualTo(new Moderated(text, Visibility.ALL));
        }
    }

    @Example
    void aListedWordOutranksALinkAsTheReason() {
        assertRejected(RejectionReason.NG_WORD,
                () -> post(Rules.words(ProfanitiesMethod.REJECT, "spam"), VIEWER, "spam at https://example.com"));
    }

    @Example
    void replaceMasksLinksUnlessTheRoomAllowsThem() {
        assertThat(post(PLAIN, VIEWER, "see https://example.com/x now").text()).isEqualTo("see *** now");
        assertThat(post(PLAIN, VIEWER, "go to www.example.org").text()).isEqualTo("go to ***");
        assertThat(post(PLAIN.links(true), VIEWER, "see https://example.com/x now").text()).isEqualTo("see https://example.com/x now");
    }

    @Example
    void senderOnlyKeepsALinkForTheSenderAlone() {
        Rules rules = Rules.words(ProfanitiesMethod.SENDER_ONLY);

        assertThat(post(rules, VIEWER, "see example.com")).isEqualTo(new Moderated("see example.com", Visibility.SENDER_ONLY));
        assertThat(post(rules.links(true), VIEWER, "see example.com")).isEqualTo(new Moderated("see example.com", Visibility.ALL));
    }

    @Example
    void plainTextIsNotMistakenForALink() {
        for (String text : List.of("hello there", "ok. fine", "3.14", "e.g. this", "こんにちは。")) {
            assertThat(post(Rules.words(ProfanitiesMethod.REJECT), VIEWER, text)).isEqualTo(new Moderated(text, Visibility.ALL));
        }
    }

    // ---- closed room --------------------------------------------------------------------------------------------

    @Property
    void aClosedRoomTakesOnlyModeratorsMessages(@ForAll ProfanitiesMethod method, @ForAll boolean allowRepeats,
                                               @ForAll("cooldowns") int cooldown) {
        Rules rules = new Rules(List.of("bad"), method, cooldown, allowRepeats, false);
        SenderHistory history = new SenderHistory(Optional.of("hello"), Optional.of(NOW.minusMillis(1)));

        assertRejected(RejectionReason.ROOM_CLOSED, () -> post(rules, RoomStatus.CLOSE, VIEWER, "hello", SenderHistory.none(), NOW));
        assertRejected(RejectionReason.ROOM_CLOSED, () -> post(rules, RoomStatus.CLOSE, VIEWER, "hello", history, NOW));
        assertThat(post(rules, RoomStatus.CLOSE, MODERATOR, "hello", history, NOW)).isEqualTo(new Moderated("hello", Visibility.ALL));
    }

    @Example
    void moderatorsInAClosedRoomStillPassTheContentRules() {
        Rules rules = Rules.words(ProfanitiesMethod.REJECT, "bad");

        assertRejected(RejectionReason.NG_WORD, () -> post(rules, RoomStatus.CLOSE, MODERATOR, "bad", SenderHistory.none(), NOW));
        assertRejected(RejectionReason.LINK_NOT_ALLOWED,
                () -> post(rules, RoomStatus.CLOSE, MODERATOR, "example.com", SenderHistory.none(), NOW));
    }

    // ---- cooldown -----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Integer> cooldowns() {
        return Arbitraries.integers().between(0, RoomSettings.MAX_COOLDOWN_SECONDS);
    }

    /** A cooldown and how long after the sender's previous message the next one comes, in milliseconds. */
    record Wait(int cooldownSeconds, long elapsedMillis) {
    }

    @Provide
    Arbitrary<Wait> waits() {
        Arbitrary<Integer> cooldown = Arbitraries.oneOf(Arbitraries.integers().between(0, 10), cooldowns());
        return cooldown.flatMap(n -> Arbitraries.oneOf(
                        Arbitraries.longs().between(0, (n + 2) * 1000L),
                        Arbitraries.longs().between(-2, 2).map(d -> Math.max(0, n * 1000L + d)),
                        Arbitraries.longs().between(0, 2))
                .map(t -> new Wait(n, t)));
    }

    @Property
    void aViewerWaitsOutTheCooldownToTheSecondRoundedUp(@ForAll("waits") Wait wait) {
        Rules rules = PLAIN.cooldown(wait.cooldownSeconds());
        SenderHistory history = new SenderHistory(Optional.of("earlier"), Optional.of(NOW.minusMillis(wait.elapsedMillis())));
        long remainingMillis = wait.cooldownSeconds() * 1000L - wait.elapsedMillis();

        if (remainingMillis > 0) {
            long expected = BigDecimal.valueOf(remainingMillis, 3).setScale(0, RoundingMode.CEILING).longValueExact();
            assertThatThrownBy(() -> post(rules, RoomStatus.OPEN, VIEWER, "now", history, NOW))
                    .isInstanceOfSatisfying(MessageRejected.class, e -> {
                        assertThat(e.reason()).isEqualTo(RejectionReason.COOLDOWN);
                        assertThat(e.secondsLeft()).isEqualTo(expected).isGreaterThanOrEqualTo(1);
                        assertThat(e.details()).containsExactly(entry("reason", "cooldown"), entry("seconds_left", expected));
                        assertThat(e.getMessage()).contains(String.valueOf(expected));
                    });
        } else {
            assertThat(post(rules, RoomStatus.OPEN, VIEWER, "now", history, NOW)).isEqualTo(new Moderated("now", Visibility.ALL));
        }
    }

    @Property
    void moderatorsAreExemptFromTheCooldown(@ForAll("waits") Wait wait) {
        Rules rules = PLAIN.cooldown(wait.cooldownSeconds());
        SenderHistory history = new SenderHistory(Optional.of("earlier"), Optional.of(NOW.minusMillis(wait.elapsedMillis())));

        assertThat(post(rules, RoomStatus.OPEN, MODERATOR, "now", history, NOW)).isEqualTo(new Moderated("now", Visibility.ALL));
    }

    @Example
    void secondsLeftCountsDownAndTheCooldownEndsOnTheDot() {
        Rules rules = PLAIN.cooldown(3);
        Instant last = NOW.minusSeconds(60);
        SenderHistory history = new SenderHistory(Optional.of("earlier"), Optional.of(last));

        assertThat(secondsLeft(rules, history, last)).isEqualTo(3);
        assertThat(secondsLeft(rules, history, last.plusMillis(1))).isEqualTo(3);
        assertThat(secondsLeft(rules, history, last.plusMillis(1000))).isEqualTo(2);
        assertThat(secondsLeft(rules, history, last.plusMillis(2999))).isEqualTo(1);
        assertThat(secondsLeft(rules, history, last.plusNanos(2_999_999_999L))).isEqualTo(1);
        assertThat(post(rules, RoomStatus.OPEN, VIEWER, "now", history, last.plusSeconds(3)).text()).isEqualTo("now");
    }

    @Example
    void aFirstMessageHasNoCooldown() {
        assertThat(post(PLAIN.cooldown(RoomSettings.MAX_COOLDOWN_SECONDS), VIEWER, "first").text()).isEqualTo("first");
        SenderHistory textOnly = new SenderHistory(Optional.of("earlier"), Optional.empty());
        assertThat(post(PLAIN.cooldown(60), RoomStatus.OPEN, VIEWER, "first", textOnly, NOW).text()).isEqualTo("first");
    }

    private static long secondsLeft(Rules rules, SenderHistory history, Instant now) {
        try {
            post(rules, RoomStatus.OPEN, VIEWER, "now", history, now);
        } catch (MessageRejected e) {
            assertThat(e.reason()).isEqualTo(RejectionReason.COOLDOWN);
            return e.secondsLeft();
        }
        throw new AssertionError("expected a cooldown refusal at " + now);
    }

    // ---- repeats ------------------------------------------------------------------------------------------------

    /** A message and a previous one that spells the same text in another case or width, maybe padded. */
    record Repeat(String previous, String text) {
    }

    @Provide
    Arbitrary<Repeat> repeats() {
        Arbitrary<String> canonical = FoldedTextTest.canonicalCharacters().list().ofMinSize(1).ofMaxSize(12)
                .map(chars -> String.join("", chars)).filter(t -> !t.isBlank());
        Arbitrary<String> padding = Arbitraries.of("", " ", "  ", "\u3000", "\t");
        return canonical.flatMap(c -> Combinators.combine(padding, spell(c), padding, spell(c))
                .as((before, previous, after, text) -> new Repeat(before + previous + after, text)));
    }

    @Provide
    Arbitrary<Repeat> differentMessages() {
        Arbitrary<String> canonical = FoldedTextTest.canonicalCharacters().list().ofMinSize(1).ofMaxSize(12)
                .map(chars -> String.join("", chars)).filter(t -> !t.isBlank());
        return Combinators.combine(canonical, canonical).as(Repeat::new)
                .filter(r -> !r.previous().strip().equals(r.text().strip()))
                .flatMap(r -> Combinators.combine(spell(r.previous()), spell(r.text())).as(Repeat::new));
    }

    private static SenderHistory previously(String text) {
        return new SenderHistory(Optional.of(text), Optional.of(NOW.minusSeconds(3600)));
    }

    @Property
    void theSameTextTwiceInARowIsRefusedUnlessRepeatsAreAllowed(@ForAll("repeats") Repeat repeat) {
        String posted = new MessageBody(repeat.text()).text();

        assertRejected(RejectionReason.REPEATED,
                () -> post(PLAIN, RoomStatus.OPEN, VIEWER, repeat.text(), previously(repeat.previous()), NOW));
        assertThat(post(PLAIN.repeatedPosts(true), RoomStatus.OPEN, VIEWER, repeat.text(), previously(repeat.previous()), NOW))
                .isEqualTo(new Moderated(posted, Visibility.ALL));
    }

    @Property
    void moderatorsMayRepeatThemselves(@ForAll("repeats") Repeat repeat) {
        String posted = new MessageBody(repeat.text()).text();

        assertThat(post(PLAIN, RoomStatus.OPEN, MODERATOR, repeat.text(), previously(repeat.previous()), NOW))
                .isEqualTo(new Moderated(posted, Visibility.ALL));
    }

    @Property
    void aDifferentTextIsNoRepeat(@ForAll("differentMessages") Repeat different) {
        String posted = new MessageBody(different.text()).text();

        assertThat(post(PLAIN, RoomStatus.OPEN, VIEWER, different.text(), previously(different.previous()), NOW))
                .isEqualTo(new Moderated(posted, Visibility.ALL));
    }

    @Example
    void repeatsAreComparedAfterFoldingAndStripping() {
        assertRejected(RejectionReason.REPEATED, () -> post(PLAIN, RoomStatus.OPEN, VIEWER, "Hello", previously("  ＨＥＬＬＯ "), NOW));
        assertRejected(RejectionReason.REPEATED, () -> post(PLAIN, RoomStatus.OPEN, VIEWER, "バカ", previously("ﾊﾞｶ"), NOW));
        assertThat(post(PLAIN, RoomStatus.OPEN, VIEWER, "Hello!", previously("Hello"), NOW).text()).isEqualTo("Hello!");
        assertThat(post(PLAIN, RoomStatus.OPEN, VIEWER, "he llo", previously("hello"), NOW).text()).isEqualTo("he llo");
    }

    // ---- rejection details --------------------------------------------------------------------------------------

    @Property
    void detailsHoldTheReasonAndSecondsLeftOnlyForACooldown(@ForAll RejectionReason reason,
                                                          @ForAll("secondsLeft") long secondsLeft) {
        MessageRejected rejected = new MessageRejected(reason, secondsLeft);

        if (reason == RejectionReason.COOLDOWN) {
            assertThat(rejected.details()).containsExactly(entry("reason", "cooldown"), entry("seconds_left", secondsLeft));
        } else {
            assertThat(rejected.details()).containsExactly(entry("reason", reason.wireName()));
        }
        assertThat(rejected.code()).isEqualTo("message.rejected");
        assertThat(rejected.kind()).isEqualTo(ErrorKind.INVALID);
    }

    @Provide
    Arbitrary<Long> secondsLeft() {
        return Arbitraries.longs().between(0, RoomSettings.MAX_COOLDOWN_SECONDS);
    }

    @Example
    void reasonsHaveSnakeCaseWireNames() {
        assertThat(List.of(RejectionReason.values()).stream().map(RejectionReason::wireName))
                .containsExactly("room_closed", "ng_word", "link_not_allowed", "repeated", "cooldown");
    }

    // ---- message body -------------------------------------------------------------------------------------------

    @Example
    void aMessageBodyIsOneToAThousandCharactersNotBlank() {
        assertThat(new MessageBody(" hi ").text()).isEqualTo("hi");
        assertThat(new MessageBody("あ".repeat(1000)).text()).hasSize(1000);
        assertRefused("message", () -> new MessageBody("あ".repeat(1001)));
        assertRefused("message", () -> new MessageBody("   "));
        assertRefused("message", () -> new MessageBody(null));
    }
}
