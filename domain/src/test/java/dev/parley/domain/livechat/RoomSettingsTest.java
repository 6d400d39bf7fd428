package dev.parley.domain.livechat;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RoomSettingsTest {

    /** Every field of a room, each at a valid value until a test changes it. */
    static final class Draft {
        String name = "sample-room";
        int maxClients = 1000;
        boolean disableUsername;
        List<String> embeddableDomains = List.of("*");
        boolean showClientsCount;
        String customStyles = ".message.moderator { color: red; }";
        List<String> profanities = List.of("bad");
        ProfanitiesMethod profanitiesMethod = ProfanitiesMethod.REJECT;
        List<String> blacklistIpv4 = List.of("192.168.0.1");
        int cooldownSeconds = 3;
        boolean allowClientDeletes;
        boolean allowRepeatedPosts;
        boolean allowPostLinks;

        RoomSettings build() {
            return new RoomSettings(name, maxClients, disableUsername, embeddableDomains, showClientsCount, customStyles,
                    profanities, profanitiesMethod, blacklistIpv4, cooldownSeconds, allowClientDeletes, allowRepeatedPosts,
                    allowPostLinks);
        }
    }

    private static RoomSettings with(UnaryOperator<Draft> change) {
        return change.apply(new Draft()).build();
    }

    private static void assertRefusedWith(String field, UnaryOperator<Draft> change) {
        assertRefused(field, () -> with(change));
    }

    private static List<String> numbered(String prefix, int count, String suffix) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i + suffix).toList();
    }

    // ---- defaults -----------------------------------------------------------------------------------------------

    @Example
    void defaultsAreTheReferencesDefaults() {
        RoomSettings settings = RoomSettings.defaults("sample-room", 1000);

        assertThat(settings.name()).isEqualTo("sample-room");
        assertThat(settings.maxClients()).isEqualTo(1000);
        assertThat(settings.disableUsername()).isFalse();
        assertThat(settings.embeddableDomains()).containsExactly("*");
        assertThat(settings.showClientsCount()).isFalse();
        assertThat(settings.customStyles()).isEmpty();
        assertThat(settings.profanities()).isEmpty();
        assertThat(settings.profanitiesMethod()).isEqualTo(ProfanitiesMethod.REPLACE);
        assertThat(settings.blacklistIpv4()).isEmpty();
        assertThat(settings.cooldownSeconds()).isZero();
        assertThat(settings.allowClientDeletes()).isFalse();
        assertThat(settings.allowRepeatedPosts()).isFalse();
        assertThat(settings.allowPostLinks()).isFalse();
    }

    @Example
    void theReferencesSampleIsValidAndKeptAsGiven() {
        RoomSettings settings = new RoomSettings("sample-room", 1000, false, List.of("example.com"), true,
                ".message.moderator { color: red; }", List.of("bad"), ProfanitiesMethod.REJECT, List.of("192.168.0.1"), 3,
                true, true, true);

        assertThat(settings.showClientsCount()).isTrue();
        assertThat(settings.customStyles()).isEqualTo(".message.moderator { color: red; }");
        assertThat(settings.cooldownSeconds()).isEqualTo(3);
        assertThat(settings.allowClientDeletes()).isTrue();
        assertThat(settings.allowRepeatedPosts()).isTrue();
        assertThat(settings.allowPostLinks()).isTrue();
    }

    @Example
    void equalInputMakesEqualSettings() {
        assertThat(new Draft().build()).isEqualTo(new Draft().build());
        assertThat(with(d -> { d.cooldownSeconds = 4; return d; })).isNotEqualTo(new Draft().build());
    }

    // ---- name ---------------------------------------------------------------------------------------------------

    @Example
    void nameIsRequiredNotBlankAndAtMostTwoHundredCharacters() {
        assertThat(with(d -> { d.name = "n".repeat(200); return d; }).name()).hasSize(200);
        assertThat(with(d -> { d.name = "😀".repeat(200); return d; }).name()).isEqualTo("😀".repeat(200));
        assertThat(with(d -> { d.name = "  live  "; return d; }).name()).isEqualTo("live");
        assertRefusedWith("name", d -> { d.name = "n".repeat(201); return d; });
        assertRefusedWith("name", d -> { d.name = "😀".repeat(201); return d; });
        assertRefusedWith("name", d -> { d.name = ""; return d; });
        assertRefusedWith("name", d -> { d.name = " \t\u3000 "; return d; });
        assertRefusedWith("name", d -> { d.name = null; return d; });
    }

    // ---- max_clients --------------------------------------------------------------------------------------------

    @Property
    void maxClientsIsOneToOneHundredThousand(@ForAll @IntRange(min = -5, max = 100_005) int maxClients) {
        if (maxClients >= 1 && maxClients <= 100_000) {
            assertThat(with(d -> { d.maxClients = maxClients; return d; }).maxClients()).isEqualTo(maxClients);
        } else {
            assertRefusedWith("max_clients", d -> { d.maxClients = maxClients; return d; });
        }
    }

    @Example
    void maxClientsBoundaries() {
        for (int valid : new int[] {1, 100_000}) {
            assertThat(with(d -> { d.maxClients = valid; return d; }).maxClients()).isEqualTo(valid);
        }
        for (int invalid : new int[] {0, -1, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertRefusedWith("max_clients", d -> { d.maxClients = invalid; return d; });
        }
    }

    // ---- embeddable_domains -------------------------------------------------------------------------------------

    @Example
    void embeddableDomainsAcceptHostsWildcardSubdomainsAndStar() {
        List<String> domains = List.of("example.com", "*.example.com", "*", "sub.domain-1.example.co.jp", "localhost", "a");

        assertThat(with(d -> { d.embeddableDomains = domains; return d; }).embeddableDomains()).isEqualTo(domains);
        assertThat(with(d -> { d.embeddableDomains = List.of(); return d; }).embeddableDomains()).isEmpty();
    }

    @Example
    void embeddableDomainsAreLowerCasedStrippedAndDeduplicated() {
        RoomSettings settings = with(d -> {
            d.embeddableDomains = List.of("Example.COM", "*.EXAMPLE.com", " example.com ", "*");
            return d;
        });

        assertThat(settings.embeddableDomains()).containsExactly("example.com", "*.example.com", "*");
    }

    @Example
    void embeddableDomainsRefuseWhatIsNotAHostPattern() {
        for (String invalid : new String[] {"http://x", "https://example.com", "exa mple.com", "*.*.com", "", " ", "*.",
                "example.com/path", "example.com:8080", "-example.com", "example-.com", "ex_ample.com", "**", "*example.com",
                "example..com", "l".repeat(64) + ".com", "例え.jp"}) {
            assertRefusedWith("embeddable_domains", d -> { d.embeddableDomains = List.of("example.org", invalid); return d; });
        }
        assertRefusedWith("embeddable_domains", d -> { d.embeddableDomains = Arrays.asList("example.org", null); return d; });
        assertRefusedWith("embeddable_domains", d -> { d.embeddableDomains = null; return d; });
    }

    @Example
    void embeddableDomainsHoldAtMostTenItems() {
        assertThat(with(d -> { d.embeddableDomains = numbered("site", 10, ".example.com"); return d; }).embeddableDomains())
                .hasSize(10);
        assertRefusedWith("embeddable_domains", d -> { d.embeddableDomains = numbered("site", 11, ".example.com"); return d; });
    }

    @Provide
    Arbitrary<String> hostPatterns() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
        return Combinators.combine(Arbitraries.of("", "*."), host).as(String::concat);
    }

    @Property
    void anyHostOrWildcardHostIsKeptInLowerCase(@ForAll("hostPatterns") String domain) {
        assertThat(with(d -> { d.embeddableDomains = List.of(domain); return d; }).embeddableDomains())
                .containsExactly(domain.toLowerCase(Locale.ROOT));
    }

    // ---- custom_styles ------------------------------------------------------------------------------------------

    @Example
    void customStylesHoldAtMostFiveThousandCharacters() {
        String css = ".m{color:red}";
        String fiveThousand = css.repeat(5000 / css.length()) + "x".repeat(5000 % css.length());

        assertThat(with(d -> { d.customStyles = fiveThousand; return d; }).customStyles()).hasSize(5000);
        assertRefusedWith("custom_styles", d -> { d.customStyles = fiveThousand + " "; return d; });
        assertThat(with(d -> { d.customStyles = null; return d; }).customStyles()).isEmpty();
        assertThat(with(d -> { d.customStyles = ""; return d; }).customStyles()).isEmpty();
    }

    private static final List<String> FORBIDDEN_CSS = List.of("<", "@import", "url(", "expression(", "\\");

    @Provide
    Arbitrary<String> safeCss() {
        return Arbitraries.strings().withChars(".#{}:;,-_ %()!>+~*=\"'\n").withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMaxLength(200)
                .filter(css -> FORBIDDEN_CSS.stream().noneMatch(css.toLowerCase(Locale.ROOT)::contains));
    }

    @Provide
    Arbitrary<String> forbiddenTokens() {
        return Arbitraries.of(FORBIDDEN_CSS).flatMap(token -> Arbitraries.of(true, false).list().ofSize(token.length())
                .map(upper -> {
                    StringBuilder spelled = new StringBuilder();
                    for (int i = 0; i < token.length(); i++) {
                        char c = token.charAt(i);
                        spelled.append(upper.get(i) ? Character.toUpperCase(c) : c);
                    }
                    return spelled.toString();
                }));
    }

    @Property
    void safeStylesAreKeptAsGiven(@ForAll("safeCss") String css) {
        assertThat(with(d -> { d.customStyles = css; return d; }).customStyles()).isEqualTo(css);
    }

    @Property
    void aForbiddenTokenInAnyCaseAnywhereIsRefused(@ForAll("safeCss") String before, @ForAll("forbiddenTokens") String token,
                                                   @ForAll("safeCss") String after) {
        assertRefusedWith("custom_styles", d -> { d.customStyles = before + token + after; return d; });
    }

    @Example
    void customStylesRefuseMarkupImportsUrlsExpressionsAndEscapes() {
        for (String invalid : new String[] {"</style><script>", "@import 'x.css';", "@IMPORT url(x)", ".a{background:url(x)}",
                ".a{background:URL(x)}", ".a{width:expression(alert(1))}", ".a{width:ExPrEsSiOn(1)}", ".a{content:'\\41'}"}) {
            assertRefusedWith("custom_styles", d -> { d.customStyles = invalid; return d; });
        }
    }

    // ---- profanities --------------------------------------------------------------------------------------------

    @Example
    void profanitiesHoldAtMostAThousandWords() {
        assertThat(with(d -> { d.profanities = numbered("word", 1000, ""); return d; }).profanities()).hasSize(1000);
        assertRefusedWith("profanities", d -> { d.profanities = numbered("word", 1001, ""); return d; });
        assertThat(with(d -> { d.profanities = List.of(); return d; }).profanities()).isEmpty();
    }

    @Example
    void eachProfanityIsOneToAHundredCharacters() {
        assertThat(with(d -> { d.profanities = List.of("w".repeat(100), "ば".repeat(100), "x"); return d; }).profanities())
                .containsExactly("w".repeat(100), "ば".repeat(100), "x");
        assertRefusedWith("profanities", d -> { d.profanities = List.of("ok", "w".repeat(101)); return d; });
        assertRefusedWith("profanities", d -> { d.profanities = List.of("ok", ""); return d; });
        assertRefusedWith("profanities", d -> { d.profanities = List.of("ok", "   "); return d; });
        assertRefusedWith("profanities", d -> { d.profanities = Arrays.asList("ok", null); return d; });
        assertRefusedWith("profanities", d -> { d.profanities = null; return d; });
    }

    @Example
    void profanitiesAreStrippedAndDeduplicatedInOrder() {
        assertThat(with(d -> { d.profanities = List.of(" bad ", "ばか", "bad", ".*"); return d; }).profanities())
                .containsExactly("bad", "ばか", ".*");
    }

    @Example
    void theListsCannotBeChangedFromOutside() {
        List<String> words = new ArrayList<>(List.of("bad"));
        List<String> domains = new ArrayList<>(List.of("example.com"));
        List<String> addresses = new ArrayList<>(List.of("10.0.0.1"));
        RoomSettings settings = with(d -> {
            d.profanities = words;
            d.embeddableDomains = domains;
            d.blacklistIpv4 = addresses;
            return d;
        });

        words.add("late");
        domains.add("late.example.com");
        addresses.add("10.0.0.2");

        assertThat(settings.profanities()).containsExactly("bad");
        assertThat(settings.embeddableDomains()).containsExactly("example.com");
        assertThat(settings.blacklistIpv4()).containsExactly("10.0.0.1");
    }

    // ---- profanities_method -------------------------------------------------------------------------------------

    @Example
    void profanitiesMethodParsesItsWireNamesOnly() {
        assertThat(ProfanitiesMethod.parse("replace")).isEqualTo(ProfanitiesMethod.REPLACE);
        assertThat(ProfanitiesMethod.parse("reject")).isEqualTo(ProfanitiesMethod.REJECT);
        assertThat(ProfanitiesMethod.parse("sender_only")).isEqualTo(ProfanitiesMethod.SENDER_ONLY);
        for (String invalid : new String[] {"REPLACE", "sender-only", "", " replace"}) {
            assertRefused("profanities_method", () -> ProfanitiesMethod.parse(invalid));
        }
        assertRefused("profanities_method", () -> ProfanitiesMethod.parse(null));
    }

    // ---- blacklist_ipv4 -----------------------------------------------------------------------------------------

    @Example
    void blacklistAcceptsAddressesAndCidrBlocks() {
        List<String> addresses = List.of("192.168.0.1", "10.0.0.0/8", "0.0.0.0", "255.255.255.255", "1.2.3.4/0", "1.2.3.4/32",
                "100.64.0.0/10");

        assertThat(with(d -> { d.blacklistIpv4 = addresses; return d; }).blacklistIpv4()).isEqualTo(addresses);
        assertThat(with(d -> { d.blacklistIpv4 = List.of("10.0.0.1", "10.0.0.1"); return d; }).blacklistIpv4())
                .containsExactly("10.0.0.1");
    }

    @Example
    void blacklistRefusesWhatIsNotADottedQuadOrCidrBlock() {
        for (String invalid : new String[] {"256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/08", "::1",
                "2001:db8::1", "1.2.3.4.5", " 1.2.3.4", "1.2.3.4 ", "a.b.c.d", "", "1.2.3.-4", "１.２.３.４"}) {
            assertRefusedWith("blacklist_ipv4", d -> { d.blacklistIpv4 = List.of("10.0.0.1", invalid); return d; });
        }
        assertRefusedWith("blacklist_ipv4", d -> { d.blacklistIpv4 = Arrays.asList("10.0.0.1", null); return d; });
        assertRefusedWith("blacklist_ipv4", d -> { d.blacklistIpv4 = null; return d; });
    }

    @Example
    void blacklistHoldsAtMostAThousandItems() {
        List<String> thousand = IntStream.range(0, 1000).mapToObj(i -> "10.0." + i / 256 + "." + i % 256).toList();
        List<String> thousandAndOne = IntStream.range(0, 1001).mapToObj(i -> "10.0." + i / 256 + "." + i % 256).toList();

        assertThat(with(d -> { d.blacklistIpv4 = thousand; return d; }).blacklistIpv4()).hasSize(1000);
        assertRefusedWith("blacklist_ipv4", d -> { d.blacklistIpv4 = thousandAndOne; return d; });
    }

    /** Four octets of 0-300 and maybe a prefix length of 0-40, as text. */
    record Address(List<Integer> octets, Integer prefix) {
        String text() {
            String quad = String.join(".", octets.stream().map(String::valueOf).toList());
            return prefix == null ? quad : quad + "/" + prefix;
        }

        boolean valid() {
            return octets.stream().allMatch(o -> o <= 255) && (prefix == null || prefix <= 32);
        }
    }

    @Provide
    Arbitrary<Address> addresses() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 300);
        Arbitrary<Integer> prefix = Arbitraries.integers().between(0, 40).injectNull(0.5);
        return Combinators.combine(octet.list().ofSize(4), prefix).as(Address::new);
    }

    @Property
    void anyDottedQuadWithinRangeIsAccepted(@ForAll("addresses") Address address) {
        if (address.valid()) {
            assertThat(with(d -> { d.blacklistIpv4 = List.of(address.text()); return d; }).blacklistIpv4())
                    .containsExactly(address.text());
        } else {
            assertRefusedWith("blacklist_ipv4", d -> { d.blacklistIpv4 = List.of(address.text()); return d; });
        }
    }

    // ---- cooldown_seconds ---------------------------------------------------------------------------------------

    @Property
    void cooldownIsZeroToOneDay(@ForAll @IntRange(min = -5, max = 86_405) int seconds) {
        if (seconds <= 86_400 && seconds >= 0) {
            assertThat(with(d -> { d.cooldownSeconds = seconds; return d; }).cooldownSeconds()).isEqualTo(seconds);
        } else {
            assertRefusedWith("cooldown_seconds", d -> { d.cooldownSeconds = seconds; return d; });
        }
    }

    @Example
    void cooldownBoundaries() {
        assertThat(with(d -> { d.cooldownSeconds = 0; return d; }).cooldownSeconds()).isZero();
        assertThat(with(d -> { d.cooldownSeconds = 86_400; return d; }).cooldownSeconds()).isEqualTo(86_400);
        assertRefusedWith("cooldown_seconds", d -> { d.cooldownSeconds = -1; return d; });
        assertRefusedWith("cooldown_seconds", d -> { d.cooldownSeconds = 86_401; return d; });
    }
}
