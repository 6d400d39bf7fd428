package dev.parley.domain.livechat;

import java.util.regex.Pattern;

/** The secret a room's embed URLs are signed with: 32 random alphanumerics. */
public record SigningKey(String value) {
    public static final int LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9]{32}$");

    public SigningKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a signing key is 32 alphanumerics");
        }
    }

    @Override
    public String toString() {
        return "SigningKey[redacted]";
    }
}
