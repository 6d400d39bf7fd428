package dev.parley.domain.shared;

import java.util.Locale;

/**
 * A syntactically plausible e-mail address, kept as given but compared case-insensitively by its lower form: 1 to 64
 * characters (code points) other than ASCII white space and {@code @}, then {@code @} and a host name of at least two labels, each 1 to 63
 * letters, digits and hyphens that neither starts nor ends with a hyphen; 254 characters at most.
 */
public record EmailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;

    public EmailAddress {
        InvalidInput.required("email", value);
        if (value.length() > MAX_LENGTH || !plausible(value)) {
            throw new InvalidInput("email", "is not a valid e-mail address");
        }
    }

    public static EmailAddress of(String field, String raw) {
        try {
            return new EmailAddress(raw == null ? null : raw.strip());
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason());
        }
    }

    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean plausible(String address) {
        int at = address.indexOf('@');
        if (at < 1 || address.codePointCount(0, at) > MAX_LOCAL_PART) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (" \t\n\u000B\f\r".indexOf(address.charAt(i)) >= 0) {
                return false;
            }
        }
        return isHostName(address, at + 1);
    }

    private static boolean isHostName(String address, int from) {
        int labels = 0;
        int start = from;
        for (int i = from; i <= address.length(); i++) {
            if (i == address.length() || address.charAt(i) == '.') {
                if (!isLabel(address, start, i)) {
                    return false;
                }
                labels++;
                start = i + 1;
            }
        }
        return labels >= 2;
    }

    private static boolean isLabel(String address, int start, int end) {
        if (end - start < 1 || end - start > MAX_LABEL || address.charAt(start) == '-' || address.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = address.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
