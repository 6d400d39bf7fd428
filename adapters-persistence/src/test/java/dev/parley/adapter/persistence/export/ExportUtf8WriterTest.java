package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Export files are encoded byte for byte as an {@link OutputStreamWriter} for UTF-8 encodes them. */
class ExportUtf8WriterTest {
    private static final String ALPHABET = "aZ09 ,\"\r\n=+-@\t'é£ß€漢字\u0000\u007f\u0080\u07ff\u0800\uffff";

    @Test
    void encodesRandomTextInRandomPiecesLikeOutputStreamWriter() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 2_000; round++) {
            List<String> pieces = new ArrayList<>();
            for (int n = random.nextInt(1, 60); n > 0; n--) {
                pieces.add(randomText(random, random.nextInt(0, 40)));
            }
            int bufferBytes = random.nextInt(4, 64);
            assertThat(encoded(pieces, out -> new Utf8Writer(out, bufferBytes)))
                    .as("%s in a buffer of %d", pieces, bufferBytes)
                    .isEqualTo(encoded(pieces, out -> new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void writesCsvRecordsLikeFastCsvOverAnOutputStream() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            List<String> cells = new ArrayList<>();
            for (int c = random.nextInt(1, 10); c > 0; c--) {
                cells.add(randomText(random, random.nextInt(0, 30)));
            }
            records.add(cells);
        }
        ByteArrayOutputStream viaEncoder = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024).build(viaEncoder, StandardCharsets.UTF_8)) {
            records.forEach(csv::writeRecord);
        }
        ByteArrayOutputStream viaUtf8Writer = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(0).build(new Utf8Writer(viaUtf8Writer, 4096))) {
            records.forEach(csv::writeRecord);
        }

        assertThat(viaUtf8Writer.toByteArray()).isEqualTo(viaEncoder.toByteArray());
    }

    @Test
    void spellsSurrogatePairsAndLoneSurrogatesAsTheEncoderDoes() throws IOException {
        String pair = "\ud83d\ude00";
        for (List<String> pieces : List.of(List.of(pair), List.of("a\ud83d", "\ude00b"), List.of("\ud83d"), List.of("\ude00x"),
                List.of("\ud83d\ud83d\ude00"), List.of("\ud83d", "x"), List.of("x\ud83d", "\ud83d", "\ude00"))) {
            assertThat(encoded(pieces, out -> new Utf8Writer(out, 4)))
                    .as(pieces.toString())
                    .isEqualTo(encoded(pieces, out -> new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        }
        assertThat(encoded(List.of("a\ud83d", "\ude00"), out -> new Utf8Writer(out, 8))).isEqualTo(("a" + pair).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            if (kind < 14) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            } else if (kind < 16) {
                text.append(Character.toChars(random.nextInt(0x10000, 0x110000)));
            } else if (kind < 17) {
                text.append((char) random.nextInt(0xd800, 0xe000));
            } else {
                text.append((char) random.nextInt(0x20, 0x7f));
            }
        }
        return text.toString();
    }

    private interface WriterOnto {
        Writer onto(ByteArrayOutputStream out);
    }

    /** Writes each piece whole, as characters or one character at a time, as FastCSV's writes come. */
    private static byte[] encoded(List<String> pieces, WriterOnto writers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = writers.onto(out)) {
            int i = 0;
            for (String piece : pieces) {
                switch (i++ % 3) {
                    case 0 -> writer.write(piece, 0, piece.length());
                    case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(c -> {
                        try {
                            writer.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
            writer.flush();
        }
        return out.toByteArray();
    }
}
