package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The gate: reads every class compiled from a set of rule files and refuses anything outside the
 * {@link AllowList}: any reference, of any kind (a method, a field, a constructor, a class, a
 * bootstrap method and its arguments, a constant), and in the rules' own code any backward jump
 * (a loop), any call that can come back to itself (recursion), any {@code synchronized} block and
 * any array whose size is not a small constant. Without loops or recursion, the work of one firing
 * is bounded by the length of its code; the firing limit bounds the number of firings.
 *
 * <p>It reads, it never loads: nothing compiled from the rules runs before it has passed.
 */
final class RuleBytecode {

    /** The largest array a rule may make, by a constant size. */
    static final int MAX_ARRAY = 256;

    /**
     * Something refused in a compiled class.
     *
     * @param className the class, binary name with dots
     * @param ruleCode true when in a condition's or a consequence's own code
     * @param consequence true when in a consequence (else a condition, or the compiler's description)
     * @param kind what sort of thing is refused, for the explanation
     * @param what the refused reference or construct, in words
     * @param token a word a rule author would have written for it, to find the line, or null
     * @param rules the rules whose description holds it, when it is in the compiler's description of
     *        rules; empty when it is in a rule's own code (see {@link Result#rulesOfClass()})
     */
    record Violation(String className, boolean ruleCode, boolean consequence, Kind kind, String what, String token,
            Set<String> rules) {
    }

    /** What sort of thing a {@link Violation} refuses. */
    enum Kind {
        /** A class or member outside the allow-list. */
        REFERENCE,
        /** A use of the engine beyond inserting conclusions logically. */
        ENGINE,
        /** A backward jump. */
        LOOP,
        /** Work or memory not bounded by the code's length: recursion, sized arrays, locks, growing texts. */
        UNBOUNDED,
        /**
         * What throws for some values of the facts: a whole-number division by what may be zero, a
         * calculation with a value a case may leave out, a reason code made of a text.
         */
        THROWS
    }

    /**
     * The outcome of reading a module.
     *
     * @param violations everything refused
     * @param rulesOfClass for each class the compiler made for a rule's code, the rules it serves
     */
    record Result(List<Violation> violations, Map<String, Set<String>> rulesOfClass) {
    }

    private final Map<String, byte[]> classes;
    private final AllowList allowed = AllowList.get();
    private final RuleMethodCheck.Collected collected = new RuleMethodCheck.Collected(new ArrayList<>(), new HashMap<>(),
            new HashMap<>());

    private RuleBytecode(Map<String, byte[]> classes) {
        this.classes = classes;
    }

    /**
     * Reads the classes of a compiled module.
     *
     * @param classes each class's bytes by its internal name ({@code a/b/C})
     * @return what is refused, and which rules each class serves
     */
    static Result check(Map<String, byte[]> classes) {
        RuleBytecode check = new RuleBytecode(classes);
        // each class is read once, into a tree that both passes walk
        Map<String, ClassNode> read = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            node.accept(check.new ClassCheck(name));
            read.put(name, node);
        });
        check.findRecursion();
        read.forEach(check::textGrowth);
        return new Result(List.copyOf(check.collected.violations()), check.collected.rulesOfClass());
    }

    /**
     * Refuses rule code that joins a text to itself over and over, so a firing's memory stays bounded,
     * and code that writes into a text, or compares by identity, what differs from run to run.
     */
    private void textGrowth(String className, ClassNode node) {
        for (MethodNode method : node.methods) {
            if (isRuleCode(className, method.name) && TextGrowth.buildsAnUnboundedText(className, method)) {
                collected.violations().add(new Violation(className.replace('/', '.'), true, isConsequenceClass(className),
                        Kind.UNBOUNDED, "a text built from more than " + TextGrowth.MAX_PIECES + " pieces (a text joined to itself"
                                + " over and over)", "+", Set.of()));
            }
            String missing = isRuleCode(className, method.name) ? MissingValues.reliedOn(className, method) : null;
            if (missing != null) {
                collected.violations().add(new Violation(className.replace('/', '.'), true, isConsequenceClass(className),
                        Kind.THROWS, missing + " is used where it must be there (a calculation with it, a call on it,"
                                + " a list asked whether it holds it), and a case may leave it out: the rule would fail for"
                                + " every case without it, after the rules have loaded; compare it in a condition instead,"
                                + " which is false when it is missing (" + missing + " > 2, " + missing + " == ...; the"
                                + " rise of pain the next morning is riseNextMorning)", missing, Set.of()));
            }
            String cast = isRuleCode(className, method.name) ? ImpossibleCasts.failing(className, method) : null;
            if (cast != null) {
                collected.violations().add(new Violation(className.replace('/', '.'), true, isConsequenceClass(className),
                        Kind.THROWS, cast + " is not allowed: it fails for the people the rule matches, after the rules have"
                                + " loaded; use the value as it is", "(", Set.of()));
            }
            String unsound = isRuleCode(className, method.name) ? ObjectsInTexts.unsound(className, method) : null;
            if (unsound != null) {
                // the line to point at: the comparison, or the text being joined
                String token = unsound.startsWith("==") ? "==" : "+ valueOf toString";
                collected.violations().add(new Violation(className.replace('/', '.'), true, isConsequenceClass(className),
                        Kind.REFERENCE, unsound + ": what it shows, or whether it holds, differs from run to run or grows"
                                + " with each conclusion", token, Set.of()));
            }
        }
    }

    /** A class the compiler makes for one condition or consequence: {@code .../P1A/LambdaPredicate1A2B...}. */
    static boolean isRuleCodeClass(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.startsWith("Lambda");
    }

    /** Whether a method is a condition's or a consequence's own code, not the compiler's around it. */
    private static boolean isRuleCode(String className, String method) {
        return method.startsWith("lambda$") || (isRuleCodeClass(className) && !isTemplate(method));
    }

    /** The methods the compiler writes in every such class, from a template, around the rule's code. */
    private static boolean isTemplate(String method) {
        return method.equals("<clinit>") || method.equals("<init>") || method.equals("values")
                || method.equals("valueOf") || method.equals("getExpressionHash")
                || method.equals("predicateInformation");
    }

    private final class ClassCheck extends ClassVisitor {
        private final String className;
        /** The type a rule author would have written after {@code new}, to find the line. */
        private String typeWritten;
        private boolean refused;

        ClassCheck(String className) {
            super(Opcodes.ASM9);
            this.className = className;
        }

        /**
         * The compiler makes classes of two shapes from rules: enums holding one condition's or
         * consequence's code, and plain classes describing the rules. Any other superclass is a
         * class a rule declared, whose inherited methods (a list's, an exception's) no allow-list saw.
         */
        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            typeWritten = simpleName(interfaces.length > 0 && superName.equals("java/lang/Object") ? interfaces[0] : superName);
            if (!superName.equals("java/lang/Object") && !superName.equals("java/lang/Enum")) {
                refuseOwnClass();
            }
        }

        /**
         * Only a class declared inside a method, anonymous ({@code new Object() { ... }}) or local, has
         * an enclosing method: none the compiler makes has. Such a class brings code of its own that
         * runs outside any firing (an initializer, a finalizer, a method the JDK calls back) and keeps
         * state from one case to the next in its static fields.
         */
        @Override
        public void visitOuterClass(String owner, String name, String descriptor) {
            refuseOwnClass();
        }

        private void refuseOwnClass() {
            if (!refused) {
                refused = true;
                collected.violations().add(new Violation(className.replace('/', '.'), true, true, Kind.REFERENCE,
                        "a class of a rule's own (new " + typeWritten + "() { ... }, or a class declared in a then block)",
                        typeWritten, Set.of()));
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new RuleMethodCheck(className, className + '.' + name + descriptor, isRuleCode(className, name), classes.keySet(), allowed, collected);
        }
    }

    /** Refuses methods of the rules' classes that can call themselves, directly or through others: one a class. */
    private void findRecursion() {
        Set<String> reported = new HashSet<>();
        for (String method : CallCycles.closingMethods(collected.calls())) {
            // a method is named class.name(descriptor), and only the dot before its name is a dot
            String owner = method.substring(0, method.lastIndexOf('.'));
            if (reported.add(owner)) {
                String name = method.substring(method.lastIndexOf('.') + 1, method.indexOf('('));
                collected.violations().add(new Violation(owner.replace('/', '.'), true, isConsequenceClass(owner),
                        Kind.UNBOUNDED, "code that calls itself (recursion)", name, Set.of()));
            }
        }
    }

    private static String simpleName(String internalName) {
        return internalName.substring(Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$')) + 1);
    }

    /** A class the compiler makes for one consequence. */
    static boolean isConsequenceClass(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).startsWith("LambdaConsequence");
    }
}
