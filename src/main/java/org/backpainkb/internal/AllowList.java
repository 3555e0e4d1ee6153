package org.backpainkb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;

/**
 * The classes and members compiled rules may reference, read from {@code rule-allow-list.txt}
 * beside this class, plus the fact model: every public member a record or enum of
 * {@code org.backpainkb.model} or {@code org.backpainkb.rules} declares itself (what it inherits from
 * {@code Enum}, {@code Record} or {@code Object} only as far as the list allows), and the constructors
 * of conclusions only: a rule never makes a fact of the case. Two levels: what a
 * rule's own code (a condition, a consequence) may use, and what the compiler's description of the
 * rules may use besides.
 */
final class AllowList {

    /** Which part of the compiled rules a reference is in. */
    enum Level {
        /** A condition or a consequence: what the rule author wrote. */
        RULE_CODE,
        /** What the compiler writes around it to describe the rules to the engine. */
        STRUCTURE
    }

    private static final String FILE = "rule-allow-list.txt";
    private static final Set<String> FACT_PACKAGES = Set.of("org/backpainkb/model/", "org/backpainkb/rules/");
    /** Members every fact has that are not declared by it but are safe: comparing and naming. */
    private static final Set<String> INHERITED = Set.of("equals", "toString", "name", "ordinal", "compareTo");

    private static final AllowList INSTANCE = read();

    /** Per level, per class: allowed member patterns (a name, or a name followed by a signature start). */
    private final Map<Level, Map<String, List<String>>> classes;
    private final Map<String, Boolean> factMembers = new ConcurrentHashMap<>();

    private AllowList(Map<Level, Map<String, List<String>>> classes) {
        this.classes = classes;
    }

    static AllowList get() {
        return INSTANCE;
    }

    /**
     * Whether a class may be named (as a type, a cast, a class literal).
     *
     * @param internalName e.g. {@code java/lang/String}
     * @param level where the reference is
     * @return true when allowed
     */
    boolean allowsClass(String internalName, Level level) {
        return isFact(internalName) || listed(level).stream().anyMatch(m -> m.containsKey(internalName));
    }

    /**
     * Whether a member may be used.
     *
     * @param owner the class, internal name
     * @param name the member's name
     * @param descriptor its JVM descriptor
     * @param level where the reference is
     * @return true when allowed
     */
    boolean allowsMember(String owner, String name, String descriptor, Level level) {
        if (isFact(owner) && factMember(owner, name, descriptor)) {
            return true;
        }
        for (Map<String, List<String>> byClass : listed(level)) {
            List<String> members = byClass.get(owner);
            if (members != null && members.stream().anyMatch(m -> matches(m, name, descriptor))) {
                return true;
            }
        }
        return false;
    }

    private List<Map<String, List<String>>> listed(Level level) {
        return level == Level.RULE_CODE ? List.of(classes.get(Level.RULE_CODE))
                : List.of(classes.get(Level.RULE_CODE), classes.get(Level.STRUCTURE));
    }

    private static boolean matches(String pattern, String name, String descriptor) {
        int paren = pattern.indexOf('(');
        if (paren < 0) {
            return pattern.equals(name);
        }
        return pattern.substring(0, paren).equals(name) && descriptor.startsWith(pattern.substring(paren));
    }

    /** A record or enum of the fact model, by its internal name. */
    static boolean isFact(String internalName) {
        if (FACT_PACKAGES.stream().noneMatch(internalName::startsWith)) {
            return false;
        }
        Class<?> c = load(internalName);
        return c != null && Modifier.isPublic(c.getModifiers()) && (c.isRecord() || c.isEnum());
    }

    private boolean factMember(String owner, String name, String descriptor) {
        return factMembers.computeIfAbsent(owner + '.' + name + descriptor, k -> {
            Class<?> c = load(owner);
            if (c != null && c.isEnum() && (name.equals("valueOf") || name.equals("values"))) {
                // a code looked up by a case's text throws for any text that is not one, and the list of codes
                // indexed by a case's number throws past its end: a rule names its codes
                return false;
            }
            if (name.equals("hashCode")) {
                // a record's hash is made of its codes', and a code's is where the JVM keeps it: it differs from run to run
                return false;
            }
            if (INHERITED.contains(name)) {
                // a record's text is every field of it, texts included: a text made of a conclusion doubles
                return !(name.equals("toString") && c != null && c.isRecord());
            }
            if (name.equals("<init>")) {
                // a rule makes conclusions, never facts of the case (a second Thresholds, a red flag)
                if (!FactTypes.CONCLUSIONS.contains(c)) {
                    return false;
                }
                for (Constructor<?> ctor : c.getConstructors()) {
                    if (Type.getConstructorDescriptor(ctor).equals(descriptor)) {
                        return true;
                    }
                }
                return false;
            }
            for (Method m : c.getMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor) && declaredByModel(m)
                        && givesAllowed(m.getReturnType())) {
                    return true;
                }
            }
            for (Field f : c.getFields()) {
                if (f.getName().equals(name) && Type.getDescriptor(f.getType()).equals(descriptor)
                        && isFact(Type.getInternalName(f.getDeclaringClass()))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether what a method of the model gives is itself a thing rules may hold: a method that hands out
     * anything else (a case's builder, whose text is where the JVM keeps it) is out of their reach.
     */
    private boolean givesAllowed(Class<?> type) {
        if (type.isPrimitive()) {
            return true;
        }
        if (type.isArray()) {
            return givesAllowed(type.getComponentType());
        }
        String internal = Type.getInternalName(type);
        return isFact(internal) || classes.get(Level.RULE_CODE).containsKey(internal);
    }

    private static boolean declaredByModel(Method m) {
        String owner = Type.getInternalName(m.getDeclaringClass());
        return FACT_PACKAGES.stream().anyMatch(owner::startsWith);
    }

    /** A class by its internal name, not initialised; null when there is none. */
    static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, AllowList.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static AllowList read() {
        Map<Level, Map<String, List<String>>> classes = Map.of(Level.RULE_CODE, new HashMap<>(),
                Level.STRUCTURE, new HashMap<>());
        String text;
        try (InputStream in = AllowList.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the library");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        Level level = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[rule code]")) {
                level = Level.RULE_CODE;
            } else if (line.equals("[structure]")) {
                level = Level.STRUCTURE;
            } else if (level == null) {
                throw new IllegalStateException(FILE + ": a class before any [section]: " + line);
            } else {
                String[] words = line.split("\\s+");
                classes.get(level).computeIfAbsent(words[0], k -> new ArrayList<>())
                        .addAll(List.of(words).subList(1, words.length));
            }
        }
        return new AllowList(classes);
    }
}
