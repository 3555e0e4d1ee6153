package org.backpainkb.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the line of a layout mistake in a YAML file the parser refused: a tab, or a line not lined
 * up with the lines it belongs with. The parser's own message often names a later line, or the
 * start of the block, and never says "tab" or "indentation"; this names the mistake at its line.
 * Used only once the parser has refused a file, so a layout it would accept is never questioned.
 */
public final class YamlLayout {

    /**
     * A layout mistake.
     *
     * @param line the 1-based line
     * @param message what is wrong, in words
     */
    public record Mistake(int line, String message) {
    }

    private YamlLayout() {
    }

    /**
     * The first layout mistake in a YAML text, if there is one.
     *
     * @param yaml the text
     * @return the mistake, or empty when the layout looks right
     */
    public static Optional<Mistake> firstMistake(String yaml) {
        String[] lines = yaml.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\t') >= 0 && !lines[i].strip().startsWith("#")) {
                return Optional.of(new Mistake(i + 1, "a tab on this line: YAML indents with spaces only; replace"
                        + " the tab with spaces"));
            }
        }
        Deque<Integer> levels = new ArrayDeque<>();
        levels.push(0);
        boolean opens = false;
        int flowDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            String content = withoutComment(lines[i]);
            if (content.isBlank() || content.strip().equals("---")) {
                continue;
            }
            int indent = content.length() - content.stripLeading().length();
            String text = content.strip();
            if (flowDepth == 0) {
                if (opens && indent > levels.peek()) {
                    levels.push(indent);
                } else if (!(opens && indent == levels.peek() && text.startsWith("- "))) {
                    while (indent < levels.peek()) {
                        levels.pop();
                    }
                    if (indent != levels.peek()) {
                        return Optional.of(new Mistake(i + 1, "this line is not lined up with the lines it belongs"
                                + " with: indent it with spaces exactly as far as the keys beside it, and further"
                                + " than the key it belongs under"));
                    }
                }
                if (text.startsWith("- ") && text.substring(2).strip().matches("[\\w-]+\\s*:.*")) {
                    // an item's own keys line up with its first key, two further than the dash
                    levels.push(indent + 2);
                }
                opens = text.endsWith(":") || text.matches("- [\\w-]+\\s*:\\s*");
            }
            flowDepth = Math.max(0, flowDepth + count(text, '{') + count(text, '[') - count(text, '}') - count(text, ']'));
        }
        return Optional.empty();
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        String content = line.stripLeading().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
        return content.stripTrailing();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
