package dev.parley.domain.livechat;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Everything an operator configures on a room, each field validated against the reference's limits. */
public record RoomSettings(String name, int maxClients, boolean disableUsername, List<String> embeddableDomains,
                           boolean showClientsCount, String customStyles, List<String> profanities,
                           ProfanitiesMethod profanitiesMethod, List<String> blacklistIpv4, int cooldownSeconds,
                           boolean allowClientDeletes, boolean allowRepeatedPosts, boolean allowPostLinks) {
    public static final int MAX_NAME = 200;
    public static final int MAX_CLIENTS = 100_000;
    public static final int MAX_DOMAINS = 10;
    public static final int MAX_CUSTOM_STYLES = 5000;
    public static final int MAX_PROFANITIES = 1000;
    public static final int MAX_PROFANITY_LENGTH = 100;
    public static final int MAX_BLACKLIST = 1000;
    public static final int MAX_COOLDOWN_SECONDS = 86_400;
    public static final List<String> DEFAULT_DOMAINS = List.of("*");

    private static final Pattern HOST = Pattern.compile(
            "^(\\*\\.)?(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final Pattern IPV4 = Pattern.compile(
            "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:/(?:3[0-2]|[12]?\\d))?$");
    private static final List<String> FORBIDDEN_CSS = List.of("<", "@import", "url(", "expression(", "\\");

    public RoomSettings {
        name = Text.requireLine("name", name, MAX_NAME);
        if (maxClients < 1 || maxClients > MAX_CLIENTS) {
            throw new InvalidInput("max_clients", "must be 1-" + MAX_CLIENTS);
        }
        embeddableDomains = domains(embeddableDomains);
        customStyles = styles(customStyles);
        profanities = profanities(profanities);
        Objects.requireNonNull(profanitiesMethod, "profanitiesMethod");
        blacklistIpv4 = blacklist(blacklistIpv4);
        if (cooldownSeconds < 0 || cooldownSeconds > MAX_COOLDOWN_SECONDS) {
            throw new InvalidInput("cooldown_seconds", "must be 0-" + MAX_COOLDOWN_SECONDS);
        }
    }

    /** A room with only the required fields given and every other at the reference's default. */
    public static RoomSettings defaults(String name, int maxClients) {
        return new RoomSettings(name, maxClients, false, DEFAULT_DOMAINS, false, "", List.of(), ProfanitiesMethod.REPLACE,
                List.of(), 0, false, false, false);
    }

    private static List<String> domains(List<String> raw) {
        InvalidInput.required("embeddable_domains", raw);
        if (raw.size() > MAX_DOMAINS) {
            throw new InvalidInput("embeddable_domains", "must have at most " + MAX_DOMAINS + " items");
        }
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        for (String domain : raw) {
            String host = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            if (!host.equals("*") && !HOST.matcher(host).matches()) {
                throw new InvalidInput("embeddable_domains", "must be host names, *.host wildcards or *: " + domain);
            }
            domains.add(host);
        }
        return List.copyOf(domains);
    }

    private static String styles(String raw) {
        String css = raw == null ? "" : raw;
        if (css.length() > MAX_CUSTOM_STYLES) {
            throw new InvalidInput("custom_styles", "must be at most " + MAX_CUSTOM_STYLES + " characters");
        }
        String lower = css.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_CSS) {
            if (lower.contains(forbidden)) {
                throw new InvalidInput("custom_styles", "must not contain " + forbidden);
            }
        }
        return css;
    }

    private static List<String> profanities(List<String> raw) {
        InvalidInput.required("profanities", raw);
        if (raw.size() > MAX_PROFANITIES) {
            throw new InvalidInput("profanities", "must have at most " + MAX_PROFANITIES + " items");
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String word : raw) {
            String valid = Text.requireLine("profanities", word, MAX_PROFANITY_LENGTH);
            if (valid.chars().allMatch(c -> c == '*')) {
                throw new InvalidInput("profanities", "must not be made only of *, which is the mask itself");
            }
            words.add(valid);
        }
        return List.copyOf(new ArrayList<>(words));
    }

    private static List<String> blacklist(List<String> raw) {
        InvalidInput.required("blacklist_ipv4", raw);
        if (raw.size() > MAX_BLACKLIST) {
            throw new InvalidInput("blacklist_ipv4", "must have at most " + MAX_BLACKLIST + " items");
        }
        for (String address : raw) {
            if (address == null || !IPV4.matcher(address).matches()) {
                throw new InvalidInput("blacklist_ipv4", "must be dotted-quad IPv4 addresses or CIDR blocks: " + address);
            }
        }
        return List.copyOf(new LinkedHashSet<>(raw));
    }
}
