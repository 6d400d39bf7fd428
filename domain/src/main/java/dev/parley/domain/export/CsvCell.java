package dev.parley.domain.export;

/**
 * Neutralises spreadsheet formulas (CWE-1236, OWASP ASVS V1.2.10): a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return or NUL gets a leading {@code '}, so a spreadsheet shows it as text.
 */
public final class CsvCell {
    private CsvCell() {
    }

    public static String neutralise(String cell) {
        return startsDangerously(cell) ? "'" + cell : cell;
    }

    public static boolean startsDangerously(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\0';
    }
}
