package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The abilities granted to a token: either every ability ({@code *}) or an explicit set. */
public record Abilities(boolean all, Set<Ability> granted) {
    public static final String WILDCARD = "*";

    public Abilities {
        granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
    }

    public static Abilities everything() {
        return new Abilities(true, Set.of());
    }

    public static Abilities of(Ability... abilities) {
        return new Abilities(false, Set.of(abilities));
    }

    /** Parses wire names; {@code *} anywhere grants everything. Unknown names are refused. */
    public static Abilities parse(String field, Collection<String> names) {
        InvalidInput.required(field, names);
        if (names.isEmpty()) {
            throw new InvalidInput(field, "must name at least one ability");
        }
        if (names.contains(WILDCARD)) {
            return everything();
        }
        Set<Ability> parsed = EnumSet.noneOf(Ability.class);
        for (String name : names) {
            parsed.add(Ability.parse(field, name));
        }
        return new Abilities(false, parsed);
    }

    public boolean allows(Ability ability) {
        return all || granted.contains(ability);
    }

    /** True when every ability granted here is also granted by {@code other}. */
    public boolean isSubsetOf(Abilities other) {
        if (other.all) {
            return true;
        }
        return !all && other.granted.containsAll(granted);
    }

    /** Wire names in catalog order, or {@code ["*"]}. */
    public List<String> wireNames() {
        if (all) {
            return List.of(WILDCARD);
        }
        List<String> names = new ArrayList<>();
        for (Ability ability : Ability.values()) {
            if (granted.contains(ability)) {
                names.add(ability.wireName());
            }
        }
        return names;
    }
}
