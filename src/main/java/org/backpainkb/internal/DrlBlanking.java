package org.backpainkb.internal;

import java.util.Arrays;

/**
 * DRL with its comments, and if asked the contents of its strings, replaced by spaces, every line
 * break kept, so that what is left is code at the lines and columns it was written at. Runs of plain
 * code are skipped with {@code indexOf} and left as copied: rules are read in a JVM that has just
 * started, where a loop over every character runs slowly.
 */
final class DrlBlanking {

    private static final String TEXT_BLOCK = "\"\"\"";

    /**
     * Replaces comments (and, if asked, string contents) with spaces, keeping every line break.
     *
     * @param text DRL
     * @param strings true to blank the contents of strings too, false to keep them
     * @return the text, each blanked character a space, as long as the text
     */
    static String blank(String text, boolean strings) {
        char[] out = text.toCharArray();
        int n = text.length();
        int slash = -1;
        int doubleQuote = -1;
        int singleQuote = -1;
        int i = 0;
        while (i < n) {
            slash = slash < i ? indexOrEnd(text, '/', i) : slash;
            doubleQuote = doubleQuote < i ? indexOrEnd(text, '"', i) : doubleQuote;
            singleQuote = singleQuote < i ? indexOrEnd(text, '\'', i) : singleQuote;
            i = Math.min(slash, Math.min(doubleQuote, singleQuote));
            if (i >= n) {
                break;
            }
            if (text.charAt(i) == '/') {
                i = comment(text, out, i);
            } else if (text.startsWith(TEXT_BLOCK, i)) {
                i = textBlock(text, out, i, strings);
            } else {
                i = quoted(text, out, i, strings);
            }
        }
        return new String(out);
    }

    private static int indexOrEnd(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Blanks a comment starting at {@code i}, if one does; returns where to read on. */
    private static int comment(String text, char[] out, int i) {
        int n = text.length();
        if (i + 1 < n && text.charAt(i + 1) == '/') {
            int end = indexOrEnd(text, '\n', i);
            for (int k = i; k < end; k++) {
                out[k] = out[k] == '\r' ? '\r' : ' ';
            }
            return end;
        }
        if (i + 1 < n && text.charAt(i + 1) == '*') {
            int close = text.indexOf("*/", i + 2);
            int stop = close < 0 ? n : close + 2;
            for (int k = i; k < stop; k++) {
                out[k] = out[k] == '\n' ? '\n' : ' ';
            }
            return stop;
        }
        return i + 1;
    }

    /** A text block runs to its closing quotes, over lines: code after them on that line is code. */
    private static int textBlock(String text, char[] out, int i, boolean strings) {
        int open = i + TEXT_BLOCK.length();
        int close = text.indexOf(TEXT_BLOCK, open);
        int end = close < 0 ? text.length() : close;
        for (int k = open; strings && k < end; k++) {
            out[k] = out[k] == '\n' || out[k] == '\r' ? out[k] : ' ';
        }
        return close < 0 ? end : close + TEXT_BLOCK.length();
    }

    /** A quoted text or character runs to its closing quote or the end of its line; a backslash escapes the next character. */
    private static int quoted(String text, char[] out, int i, boolean strings) {
        int n = text.length();
        char quote = text.charAt(i);
        int j = i + 1;
        while (j < n && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' && j + 1 < n && text.charAt(j + 1) != '\n' ? 2 : 1;
        }
        if (strings) {
            Arrays.fill(out, i + 1, j, ' ');
        }
        return j < n && text.charAt(j) == quote ? j + 1 : j;
    }

    private DrlBlanking() {
    }
}
