package org.backpainkb.internal;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.model.Code;

/**
 * The names a text may show: the placeholders it writes, and the names each variable of a rule's
 * conditions gives a text it is handed to ({@code $symptom : Symptom(...)} gives the symptom's fields,
 * {@code $region : region} the name of its code). Read on the rule's text, for {@link RuleForm}.
 */
final class TextNames {

    private static final Pattern PATTERN_BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*([A-Z]\\w*)\\s*\\(");
    private static final Pattern FIELD_BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*([a-z]\\w*)(?!\\s*\\()");
    private static final Pattern PATTERN_START = Pattern.compile("([A-Z]\\w*)\\s*\\(");

    private TextNames() {
    }

    /**
     * Every variable of a rule's conditions with the names it gives a text; numbers and texts give none.
     *
     * @param file the rule's file
     * @param rule the rule
     * @return variable, as {@code $name}, to the names it gives
     */
    static Map<String, Set<String>> bound(DrlText file, DrlText.Rule rule) {
        StringBuilder lhs = new StringBuilder();
        for (int n = Math.max(rule.whenLine(), rule.line()); n < rule.thenLine(); n++) {
            lhs.append(file.code(n)).append('\n');
        }
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Matcher pattern = PATTERN_BINDING.matcher(lhs);
        while (pattern.find()) {
            FactTypes.byName(pattern.group(2)).map(TextNames::of).ifPresent(set -> names.put(pattern.group(1), set));
        }
        Matcher field = FIELD_BINDING.matcher(lhs);
        while (field.find()) {
            String owner = null;
            Matcher start = PATTERN_START.matcher(lhs);
            while (start.find() && start.start() < field.start()) {
                owner = start.group(1);
            }
            Optional<Class<?>> type = owner == null ? Optional.empty() : FactTypes.byName(owner);
            if (type.isPresent() && type.get().isRecord()) {
                for (RecordComponent c : type.get().getRecordComponents()) {
                    if (c.getName().equals(field.group(2))) {
                        names.put(field.group(1), of(c.getType()));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The placeholders a text writes, in order.
     *
     * @param text a text with {@code {name}} placeholders
     * @return the names in braces
     */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TextTemplate.PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Names as a message lists them.
     *
     * @param names the names
     * @return each in braces, joined by commas
     */
    static String braces(Set<String> names) {
        return names.stream().map(n -> "{" + n + "}").collect(java.util.stream.Collectors.joining(", "));
    }

    /** A code gives the name of its type ({region}); a record its fields; a number or a text nothing. */
    private static Set<String> of(Class<?> type) {
        if (Code.class.isAssignableFrom(type)) {
            return Set.of(Wording.nameOfType(type));
        }
        return type.isRecord() ? new LinkedHashSet<>(FactTypes.fields(type)) : Set.of();
    }
}
