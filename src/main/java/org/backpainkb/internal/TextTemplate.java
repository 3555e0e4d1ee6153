package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of the texts files, parsed once: literal pieces, {@code {placeholders}}, and {@code [optional
 * parts]} left out when a placeholder in them has no value. Texts are worded in every assessment, so
 * the parsing is kept out of it.
 */
final class TextTemplate {

    /** A placeholder: a name in braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

    /** What a placeholder's name stands for when a text is worded. */
    interface Values {

        /** Whether anything gives this name, with a value or without. */
        boolean names(String name);

        /** The value under this name, or null when it has none. */
        Object valueOf(String name);
    }

    private sealed interface Piece permits Literal, Placeholder, Optional {
    }

    private record Literal(String text) implements Piece {
    }

    private record Placeholder(String name) implements Piece {
    }

    private record Optional(List<Piece> pieces) implements Piece {
    }

    private final String text;
    private final List<Piece> pieces;

    private TextTemplate(String text, List<Piece> pieces) {
        this.text = text;
        this.pieces = pieces;
    }

    /**
     * A text parsed.
     *
     * @param text the text as written
     * @return its template
     */
    static TextTemplate parse(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher optional = OPTIONAL.matcher(text);
        int at = 0;
        while (optional.find()) {
            pieces.addAll(placeholders(text.substring(at, optional.start())));
            pieces.add(new Optional(placeholders(optional.group(1))));
            at = optional.end();
        }
        pieces.addAll(placeholders(text.substring(at)));
        return new TextTemplate(text, List.copyOf(pieces));
    }

    private static List<Piece> placeholders(String part) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(part);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Literal(part.substring(at, m.start())));
            }
            pieces.add(new Placeholder(m.group(1)));
            at = m.end();
        }
        if (at < part.length()) {
            pieces.add(new Literal(part.substring(at)));
        }
        return pieces;
    }

    /**
     * The text with its placeholders filled and its optional parts kept where every value is there.
     *
     * @param values what the names stand for
     * @param inWords how a value is said
     * @return the words
     * @throws IllegalStateException when a placeholder outside an optional part names nothing
     */
    String render(Values values, Function<Object, String> inWords) {
        if (pieces.size() == 1 && pieces.get(0) instanceof Literal l) {
            // most texts name nothing: the same string every time, its hash code computed once for
            // the engine's and the listener's maps
            return l.text();
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        append(pieces, values, inWords, out);
        return out.toString();
    }

    private void append(List<Piece> parts, Values values, Function<Object, String> inWords, StringBuilder out) {
        for (Piece piece : parts) {
            if (piece instanceof Literal l) {
                out.append(l.text());
            } else if (piece instanceof Placeholder p) {
                if (!values.names(p.name())) {
                    throw new IllegalStateException("the text \"" + text + "\" names {" + p.name()
                            + "}, which is neither a field of a matched fact nor a threshold");
                }
                out.append(inWords.apply(values.valueOf(p.name())));
            } else if (piece instanceof Optional o && complete(o, values)) {
                append(o.pieces(), values, inWords, out);
            }
        }
    }

    private static boolean complete(Optional part, Values values) {
        for (Piece piece : part.pieces()) {
            if (piece instanceof Placeholder p && values.valueOf(p.name()) == null) {
                return false;
            }
        }
        return true;
    }
}
