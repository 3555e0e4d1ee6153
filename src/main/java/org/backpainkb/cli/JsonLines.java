package org.backpainkb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.backpainkb.io.CaseReader;

/**
 * The lines of a JSON Lines stream, read as they come: never more than one buffer and one line
 * in memory. A line longer than a case may be is cut after {@link CaseReader#MAX_FILE_BYTES}
 * {@code + 1} bytes, enough for the reader to refuse it, and the rest of it is skipped.
 */
final class JsonLines {

    private static final int CAP = (int) CaseReader.MAX_FILE_BYTES + 1;

    /** One line that is not blank: its number, counting from 1, and its bytes without the line break. */
    record Line(long number, byte[] bytes) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private byte[] line = new byte[1024];

    JsonLines(InputStream in) {
        this.in = in;
    }

    /**
     * The next line that is not blank.
     *
     * @return the line, or null at the end of the stream
     * @throws IOException when the stream cannot be read
     */
    Line next() throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return null;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (!blank(length)) {
                return new Line(number, Arrays.copyOf(line, length));
            }
        }
    }

    /** Reads the next line into {@code line}; its length, at most CAP, or -1 at the end. */
    private int readLine() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return -1;
                    }
                    number++;
                    return length;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int take = Math.min(position - start, CAP - length);
            if (take > 0) {
                if (length + take > line.length) {
                    line = Arrays.copyOf(line, Math.min(CAP, Math.max(line.length * 2, length + take)));
                }
                System.arraycopy(buffer, start, line, length, take);
                length += take;
            }
            if (position < limit) {
                position++;
                number++;
                return length;
            }
        }
    }

    private boolean blank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
