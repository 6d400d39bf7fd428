package dev.parley.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class CsvEscapingTest {
    private static final List<Character> DANGEROUS = List.of('=', '+', '-', '@', '\t', '\r', '\0');

    @Property
    void noNeutralisedCellStartsWithAFormulaCharacter(@ForAll("cells") String cell) {
        String safe = CsvCell.neutralise(cell);

        assertThat(safe.isEmpty() || !DANGEROUS.contains(safe.charAt(0))).isTrue();
        assertThat(safe).endsWith(cell);
    }

    @Property
    void neutralisingTouchesOnlyDangerousCells(@ForAll("cells") String cell) {
        assertThat(CsvCell.neutralise(cell)).isEqualTo(CsvCell.startsDangerously(cell) ? "'" + cell : cell);
    }

    @Property
    void aParserReadsBackEveryRecordAsNeutralised(@ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 6) List<@net.jqwik.api.From("cells") String>> records) {
        StringBuilder csv = new StringBuilder();
        records.forEach(record -> csv.append(CsvEscaping.record(record)));

        List<List<String>> parsed = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(csv.toString())) {
            parsed.add(record.getFields());
        }

        assertThat(parsed).isEqualTo(records.stream().map(record -> record.stream().map(CsvCell::neutralise).toList()).toList());
    }

    @Example
    void quotesOnlyFieldsThatNeedIt() {
        assertThat(CsvEscaping.field("plain text")).isEqualTo("plain text");
        assertThat(CsvEscaping.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvEscaping.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvEscaping.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Example
    void neutralisesAHyperlinkFormula() {
        assertThat(CsvEscaping.record(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "ok")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",ok\r\n");
        assertThat(CsvCell.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvCell.neutralise("")).isEmpty();
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("=+-@\t\r\n\0,\"' abcé漢").ofMaxLength(12);
    }
}
