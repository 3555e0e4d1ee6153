package org.backpainkb.internal;

/**
 * Characters a screen does not show but acts on: control characters (an escape, a carriage return,
 * a bell), marks that turn the direction of text, invisible format characters (a zero-width space,
 * a byte order mark, Unicode tags that spell hidden text, the blank fillers of Hangul and braille) and
 * the line and paragraph separators that break a line where none shows in the file; and half a
 * character, a surrogate without its pair. A text a person reads, of the rules or of a case, holds
 * none: it could overwrite, reorder or hide what the person reads. The joiners some scripts need
 * (U+200C, U+200D) and the soft hyphen are shown, and allowed.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    /**
     * The first hidden character of a text.
     *
     * @param text the text
     * @param lineBreaks whether a line break and a tab are allowed (a text of the rules; not a name)
     * @return its code point, or -1 when there is none
     */
    public static int first(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); ) {
            char plain = text.charAt(i);
            if (plain >= ' ' && plain < 0x7F) {
                // printable ASCII, nearly every character of a text: every result's texts are scanned
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (isHidden(c) && !(lineBreaks && (c == '\n' || c == '\t'))) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * The first character of a rule's name that is hidden or shows as nothing: besides {@link #first},
     * what {@link #showsAsNothingInAName} names. A rule's name is said aloud and tells rules apart in
     * results: two names that look the same must be the same.
     *
     * @param name the name
     * @return its code point, or -1 when there is none
     */
    public static int firstInAName(String name) {
        int hidden = first(name, false);
        if (hidden >= 0) {
            return hidden;
        }
        return name.codePoints().filter(HiddenCharacters::showsAsNothingInAName).findFirst().orElse(-1);
    }

    /**
     * Whether a character a text may hold shows as nothing, or as a plain space, in a name: the
     * joiners and the soft hyphen a script's words may need, every format character, the selectors
     * that change how the character before them looks, the other characters Unicode says to ignore
     * when they cannot be shown (the Khmer inherent vowels, the Mongolian selectors), a character no
     * version of Unicode has given a meaning yet or left to private use (a font may show it as
     * anything, or as nothing), and every space but the plain one.
     *
     * @param c a code point
     * @return true when a name must not hold it
     */
    public static boolean showsAsNothingInAName(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SPACE_SEPARATOR && c != ' '
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF
                || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c == 0x16FE4
                || c >= 0xFFF0 && c <= 0xFFF8 || c >= 0xE0000 && c <= 0xE0FFF;
    }

    /**
     * Whether a character is hidden, a line break and a tab included.
     *
     * @param c a code point
     * @return true when a screen acts on it without showing it
     */
    public static boolean isHidden(int c) {
        if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F) {
            // letters and symbols that print as nothing (the Hangul fillers, the blank braille pattern) and
            // the grapheme joiner: words in them read as blanks, and names that look alike are not
            return true;
        }
        int type = Character.getType(c);
        // a surrogate here is half of a character, without its pair: no encoding writes it, and a text
        // saved with one does not read back the same
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.FORMAT && c != 0x200C && c != 0x200D && c != 0x00AD;
    }

    /**
     * A text as a message may show it: each hidden character written as its name, {@code U+000A}, so
     * that a file's name cannot break or colour the line that names it.
     *
     * @param text the text
     * @return the text, unchanged when it holds no hidden character
     */
    public static String shown(String text) {
        if (first(text, false) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                shown.append(named(c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * A value of the input as a message quotes it: in quotes, its hidden characters named as
     * {@link #shown} does, and cut after {@code most} characters with its length said. A message
     * names what it refuses, and the value it quotes comes from whoever wrote the input: a line break
     * in it would forge a line of the log that records the refusal, and a value of megabytes would
     * be copied into each message about it.
     *
     * @param value the value as written
     * @param most the most characters quoted
     * @return the quoted value
     */
    public static String quoted(String value, int most) {
        String start = start(value, most);
        return start == null ? "\"" + shown(value) + "\"" : "\"" + shown(start) + "...\" (" + value.length() + " characters)";
    }

    /**
     * A name from the input as a message's path shows it: as {@link #quoted}, without the quotes.
     *
     * @param name the name as written
     * @param most the most characters shown
     * @return the name as shown
     */
    public static String shortened(String name, int most) {
        String start = start(name, most);
        return start == null ? shown(name) : shown(start) + "... (" + name.length() + " characters)";
    }

    /** A text's first {@code most} characters, whole characters only; null when it has no more than those. */
    private static String start(String text, int most) {
        return text.codePointCount(0, text.length()) <= most ? null : text.substring(0, text.offsetByCodePoints(0, most));
    }

    /**
     * How a message names a character: {@code U+001B}.
     *
     * @param c a code point
     * @return its name
     */
    public static String named(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }
}
