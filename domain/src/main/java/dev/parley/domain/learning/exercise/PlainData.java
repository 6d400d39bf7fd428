package dev.parley.domain.learning.exercise;

import dev.parley.domain.shared.InvalidInput;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON object turned into plain Java data (maps, lists, strings, numbers, booleans), read field by field with
 * strict types. Fields are named with the object's name, such as {@code content.choices}; an absent or null field
 * reads as null, for the value objects to refuse when it is required.
 */
final class PlainData {
    private final String name;
    private final Map<?, ?> fields;

    private PlainData(String name, Map<?, ?> fields) {
        this.name = name;
        this.fields = fields;
    }

    static PlainData object(String name, Object raw) {
        if (raw == null) {
            throw new InvalidInput(name, "is required");
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidInput(name, "must be an object");
        }
        return new PlainData(name, map);
    }

    String field(String key) {
        return name + "." + key;
    }

    String text(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInput(field(key), "must be a string");
    }

    List<String> texts(String key) {
        List<?> items = list(key, "an array of strings");
        if (items == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw new InvalidInput(field(key), "must be an array of strings");
            }
            texts.add(text);
        }
        return texts;
    }

    Integer integer(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        return asInt(value).orElseThrow(() -> new InvalidInput(field(key), "must be an integer"));
    }

    int requiredInteger(String key) {
        return InvalidInput.required(field(key), integer(key));
    }

    Double number(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new InvalidInput(field(key), "must be a number");
        }
        return number.doubleValue();
    }

    double requiredNumber(String key) {
        return InvalidInput.required(field(key), number(key));
    }

    boolean requiredBool(String key) {
        return InvalidInput.required(field(key), bool(key));
    }

    Boolean bool(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new InvalidInput(field(key), "must be a boolean");
    }

    /** An array of {@code [left, right]} index pairs. */
    List<IndexPair> pairs(String key) {
        List<?> items = list(key, "an array of [left, right] index pairs");
        if (items == null) {
            return null;
        }
        List<IndexPair> pairs = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof List<?> pair) || pair.size() != 2) {
                throw new InvalidInput(field(key), "must be an array of [left, right] index pairs");
            }
            var left = asInt(pair.get(0));
            var right = asInt(pair.get(1));
            if (left.isEmpty() || right.isEmpty()) {
                throw new InvalidInput(field(key), "must be an array of [left, right] index pairs");
            }
            pairs.add(new IndexPair(left.get(), right.get()));
        }
        return pairs;
    }

    private List<?> list(String key, String expected) {
        Object value = fields.get(key);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        throw new InvalidInput(field(key), "must be " + expected);
    }

    private static Optional<Integer> asInt(Object value) {
        BigInteger integer = switch (value) {
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case Short s -> BigInteger.valueOf(s);
            case Byte b -> BigInteger.valueOf(b);
            case BigInteger big -> big;
            case null, default -> null;
        };
        if (integer == null || integer.bitLength() > 31) {
            return Optional.empty();
        }
        return Optional.of(integer.intValue());
    }
}
