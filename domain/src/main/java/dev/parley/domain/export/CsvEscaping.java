package dev.parley.domain.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 records: a field with a comma, quote, CR or LF is quoted, and its quotes doubled; lines end in CRLF. */
public final class CsvEscaping {
    private CsvEscaping() {
    }

    public static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record with its cells neutralised and quoted, ending in CRLF. */
    public static String record(List<String> cells) {
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
            return "\"\"\r\n";
        }
        return cells.stream().map(CsvCell::neutralise).map(CsvEscaping::field).collect(Collectors.joining(",")) + "\r\n";
    }
}
