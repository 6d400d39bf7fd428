package dev.parley.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class AbilitiesTest {

    @Provide
    Arbitrary<Set<Ability>> abilitySets() {
        return Arbitraries.of(Ability.class).set().ofMaxSize(Ability.values().length);
    }

    @Provide
    Arbitrary<Abilities> abilities() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Abilities.everything())),
                Tuple.of(6, abilitySets().map(set -> new Abilities(false, set))));
    }

    private static List<String> wireNamesOf(Set<Ability> set) {
        return set.stream().map(Ability::wireName).toList();
    }

    @Property
    void parsingWireNamesGrantsExactlyThoseAbilities(@ForAll("abilitySets") Set<Ability> set) {
        Assume.that(!set.isEmpty());

        Abilities parsed = Abilities.parse("abilities", wireNamesOf(set));

        assertThat(parsed.all()).isFalse();
        assertThat(parsed.granted()).isEqualTo(set);
        for (Ability ability : Ability.values()) {
            assertThat(parsed.allows(ability)).isEqualTo(set.contains(ability));
        }
    }

    @Property
    void wireNamesListTheCatalogInOrderAndParseBack(@ForAll("abilitySets") Set<Ability> set) {
        Assume.that(!set.isEmpty());
        Abilities abilities = new Abilities(false, set);

        List<String> names = abilities.wireNames();

        assertThat(names).isSortedAccordingTo((a, b) -> Ability.fromWireName(a).orElseThrow().compareTo(Ability.fromWireName(b).orElseThrow()));
        assertThat(Abilities.parse("abilities", names)).isEqualTo(abilities);
    }

    @Example
    void everyCatalogNameParses() {
        List<String> catalog = List.of("tokens:manage", "courses:read", "courses:write", "progress:read", "progress:write",
                "stats:read", "webhooks:manage", "exports:manage", "lti:manage", "xapi:manage", "institutions:read",
                "institutions:manage", "billing:manage", "tickets:read", "tickets:write", "rooms:read", "rooms:create",
                "rooms:update", "rooms:delete");

        assertThat(Abilities.parse("abilities", catalog).granted()).containsExactlyInAnyOrder(Ability.values());
        assertThat(Abilities.parse("abilities", catalog).wireNames()).isEqualTo(catalog);
    }

    @Property
    void theWildcardAnywhereGrantsEverything(@ForAll("abilitySets") Set<Ability> set, @ForAll int position) {
        List<String> names = new ArrayList<>(wireNamesOf(set));
        names.add(Math.floorMod(position, names.size() + 1), "*");

        Abilities parsed = Abilities.parse("abilities", names);

        assertThat(parsed).isEqualTo(Abilities.everything());
        assertThat(parsed.wireNames()).containsExactly("*");
        assertThat(Arrays.stream(Ability.values()).allMatch(parsed::allows)).isTrue();
    }

    @Property
    void anUnknownNameIsRefusedOnTheField(@ForAll("abilitySets") Set<Ability> set, @ForAll("unknownNames") String unknown) {
        List<String> names = new ArrayList<>(wireNamesOf(set));
        names.add(unknown);

        assertThatThrownBy(() -> Abilities.parse("token.abilities", names))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("token.abilities");
                    assertThat(e.reason()).contains(unknown);
                });
    }

    @Provide
    Arbitrary<String> unknownNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "tickets", "tickets:*", "Tickets:read", "tickets:read ", "TICKETS_READ", "**", "* "),
                Arbitraries.strings().ofMaxLength(20).filter(s -> Ability.fromWireName(s).isEmpty() && !s.equals("*")));
    }

    @Example
    void anEmptyOrMissingListIsRefusedOnTheField() {
        assertThatThrownBy(() -> Abilities.parse("abilities", List.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("abilities"));
        assertThatThrownBy(() -> Abilities.parse("abilities", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("abilities"));
    }

    @Property
    void everySetIsASubsetOfItself(@ForAll("abilities") Abilities abilities) {
        assertThat(abilities.isSubsetOf(abilities)).isTrue();
    }

    @Property
    void everythingContainsEverySet(@ForAll("abilities") Abilities abilities) {
        assertThat(abilities.isSubsetOf(Abilities.everything())).isTrue();
    }

    @Property
    void theWildcardIsASubsetOnlyOfTheWildcardBecauseItAlsoGrantsFutureAbilities(@ForAll("abilitySets") Set<Ability> set) {
        assertThat(Abilities.everything().isSubsetOf(new Abilities(false, set))).isFalse();
    }

    @Provide
    Arbitrary<List<Abilities>> chains() {
        return abilities().flatMap(c -> subsetsOf(c).flatMap(b -> subsetsOf(b).map(a -> List.of(a, b, c))));
    }

    private Arbitrary<Abilities> subsetsOf(Abilities abilities) {
        if (abilities.all()) {
            return abilities();
        }
        return Arbitraries.subsetOf(abilities.granted()).map(set -> new Abilities(false, set));
    }

    @Property
    void aSubsetOfASubsetIsASubset(@ForAll("chains") List<Abilities> chain) {
        Abilities a = chain.get(0);
        Abilities b = chain.get(1);
        Abilities c = chain.get(2);

        assertThat(a.isSubsetOf(b)).isTrue();
        assertThat(b.isSubsetOf(c)).isTrue();
        assertThat(a.isSubsetOf(c)).isTrue();
    }

    @Property
    void anExplicitSetIsASubsetExactlyWhenTheOtherAllowsEachOfItsAbilities(@ForAll("abilitySets") Set<Ability> set,
                                                                           @ForAll("abilities") Abilities other) {
        Abilities abilities = new Abilities(false, set);

        boolean everyAbilityAllowed = set.stream().allMatch(other::allows);

        assertThat(abilities.isSubsetOf(other)).isEqualTo(everyAbilityAllowed);
    }

    @Property
    void removingAnAbilityGivesAProperSubset(@ForAll("abilitySets") Set<Ability> set) {
        Assume.that(!set.isEmpty());
        Ability removed = set.iterator().next();
        Abilities smaller = new Abilities(false, set.stream().filter(a -> a != removed).collect(Collectors.toSet()));
        Abilities larger = new Abilities(false, set);

        assertThat(smaller.isSubsetOf(larger)).isTrue();
        assertThat(larger.isSubsetOf(smaller)).isFalse();
    }
}
