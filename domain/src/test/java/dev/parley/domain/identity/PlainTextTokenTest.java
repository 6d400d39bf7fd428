package dev.parley.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PlainTextTokenTest {
    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String RANDOM = "0123456789abcdefghijklmnopqrstuvwxyzABCD";
    private static final String RANDOM_CRC32 = "76061c51";

    @Provide
    Arbitrary<String> randomParts() {
        return Arbitraries.strings().withChars(ALPHANUMERICS.toCharArray()).ofLength(PlainTextToken.RANDOM_LENGTH);
    }

    @Provide
    Arbitrary<PlainTextToken> tokens() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE).flatMap(id ->
                randomParts().map(random -> PlainTextToken.issue(new ApiTokenId(id), random)));
    }

    @Property
    void parsingTheWireFormGivesBackTheIssuedToken(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long id,
                                                   @ForAll("randomParts") String random) {
        PlainTextToken issued = PlainTextToken.issue(new ApiTokenId(id), random);

        assertThat(issued.wireForm()).startsWith(id + "|" + random).hasSize(String.valueOf(id).length() + 1 + 48);
        assertThat(PlainTextToken.parse(issued.wireForm())).contains(issued);
    }

    @Property
    void changingAnyOneCharacterOfTheSecretIsRefused(@ForAll("tokens") PlainTextToken token,
                                                     @ForAll @IntRange(min = 0, max = 47) int position,
                                                     @ForAll("alphanumericChars") char replacement) {
        String secret = token.secret();
        Assume.that(secret.charAt(position) != replacement);
        String tampered = secret.substring(0, position) + replacement + secret.substring(position + 1);

        assertThat(PlainTextToken.parse(token.id().value() + "|" + tampered)).isEmpty();
    }

    @Provide
    Arbitrary<Character> alphanumericChars() {
        return Arbitraries.chars().with(ALPHANUMERICS.toCharArray());
    }

    @Property
    void aWrongChecksumIsRefused(@ForAll("tokens") PlainTextToken token, @ForAll("checksums") String checksum) {
        String random = token.secret().substring(0, PlainTextToken.RANDOM_LENGTH);
        Assume.that(!token.secret().endsWith(checksum));

        assertThat(PlainTextToken.parse(token.id().value() + "|" + random + checksum)).isEmpty();
    }

    @Provide
    Arbitrary<String> checksums() {
        return Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(8);
    }

    @Property
    void anythingAcceptedIsExactlyTheCanonicalWireForm(@ForAll String raw) {
        PlainTextToken.parse(raw).ifPresent(token -> assertThat(token.wireForm()).isEqualTo(raw));
    }

    @Example
    void theChecksumIsTheCrc32OfTheRandomPartInLowercaseHex() {
        PlainTextToken token = PlainTextToken.issue(new ApiTokenId(7), RANDOM);

        assertThat(token.secret()).isEqualTo(RANDOM + RANDOM_CRC32);
        assertThat(token.wireForm()).isEqualTo("7|" + RANDOM + RANDOM_CRC32);
    }

    @Example
    void malformedShapesAreEmpty() {
        String secret = RANDOM + RANDOM_CRC32;
        String[] malformed = {
                null, "", "|", "7", "7|", "|" + secret, secret, "Bearer 7|" + secret, " 7|" + secret, "7|" + secret + " ",
                "0|" + secret, "07|" + secret, "-7|" + secret, "+7|" + secret, "7.0|" + secret, "٧|" + secret,
                "9999999999999999999|" + secret, "12345678901234567890|" + secret, "7||" + secret, "7|" + secret + "|",
                "7|" + RANDOM.substring(1) + RANDOM_CRC32, "7|" + RANDOM + "a" + RANDOM_CRC32, "7|" + RANDOM + "76061C51",
                "7|" + RANDOM + "76061c5", "7|" + RANDOM.replace('A', 'Ä') + RANDOM_CRC32, "7|" + RANDOM.replace('A', '-') + RANDOM_CRC32,
        };

        for (String raw : malformed) {
            assertThat(PlainTextToken.parse(raw)).as("parse(%s)", raw).isEmpty();
        }
    }

    @Example
    void theLargestIdIsAccepted() {
        String raw = Long.MAX_VALUE + "|" + RANDOM + RANDOM_CRC32;

        assertThat(PlainTextToken.parse(raw).map(t -> t.id().value())).contains(Long.MAX_VALUE);
    }

    @Example
    void aSecretWithoutItsChecksumCannotBeConstructed() {
        assertThatThrownBy(() -> new PlainTextToken(new ApiTokenId(7), RANDOM + "00000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void theStringFormNeverShowsTheSecret() {
        PlainTextToken token = PlainTextToken.issue(new ApiTokenId(7), RANDOM);

        assertThat(token.toString()).doesNotContain(RANDOM).doesNotContain(RANDOM_CRC32).contains("7");
    }

    @Example
    void tokenHashIsTheSha256OfTheTextInLowercaseHex() {
        assertThat(TokenHash.of("abc").hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Example
    void aTokenIsStoredAsTheHashOfItsSecretAlone() {
        PlainTextToken token = PlainTextToken.issue(new ApiTokenId(7), RANDOM);

        assertThat(token.hash().hex()).isEqualTo("18cee10176269eb4821da53dc583d89c483c6ba10c459bb9a6eda04b9b68fb32");
    }

    @Property
    void hashesMatchOnlyTheSameSecret(@ForAll("tokens") PlainTextToken a, @ForAll("tokens") PlainTextToken b) {
        assertThat(a.hash().hex()).matches("[0-9a-f]{64}");
        assertThat(a.hash().matches(TokenHash.of(a.secret()))).isTrue();
        assertThat(a.hash().matches(b.hash())).isEqualTo(a.secret().equals(b.secret()));
    }

    @Example
    void aTokenHashMustBeSixtyFourLowercaseHexDigits() {
        for (String bad : new String[] {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0"}) {
            assertThatThrownBy(() -> new TokenHash(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatCode(() -> new TokenHash("0".repeat(64))).doesNotThrowAnyException();
    }
}
