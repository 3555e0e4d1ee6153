package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
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
        UNBOUNDED
    }

    /** A refusal found while reading a method, reported once the method's rules are known. */
    private record Pending(Kind kind, String what, String token) {
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
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Set<String>> rulesOfClass = new HashMap<>();
    private final Map<String, Set<String>> calls = new HashMap<>();
    private final Map<String, String> methodClass = new HashMap<>();

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
        return new Result(List.copyOf(check.violations), check.rulesOfClass);
    }

    /** Refuses rule code that joins a text to itself over and over, so a firing's memory stays bounded. */
    private void textGrowth(String className, ClassNode node) {
        for (MethodNode method : node.methods) {
            boolean ruleCode = method.name.startsWith("lambda$") || (isRuleCodeClass(className) && !isTemplate(method.name));
            if (ruleCode && TextGrowth.buildsAnUnboundedText(className, method)) {
                violations.add(new Violation(className.replace('/', '.'), true, isConsequenceClass(className),
                        Kind.UNBOUNDED, "a text built from more than " + TextGrowth.MAX_PIECES + " pieces (a text joined to itself"
                                + " over and over)", "+", Set.of()));
            }
        }
    }

    /** A class the compiler makes for one condition or consequence: {@code .../P1A/LambdaPredicate1A2B...}. */
    static boolean isRuleCodeClass(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.startsWith("Lambda");
    }

    /** The methods the compiler writes in every such class, from a template, around the rule's code. */
    private static boolean isTemplate(String method) {
        return method.equals("<clinit>") || method.equals("<init>") || method.equals("values")
                || method.equals("valueOf") || method.equals("getExpressionHash")
                || method.equals("predicateInformation");
    }

    private final class ClassCheck extends ClassVisitor {
        private final String className;

        ClassCheck(String className) {
            super(Opcodes.ASM9);
            this.className = className;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            boolean ruleCode = name.startsWith("lambda$") || (isRuleCodeClass(className) && !isTemplate(name));
            String id = className + '.' + name + descriptor;
            methodClass.put(id, className);
            return new MethodCheck(className, id, ruleCode);
        }
    }

    private final class MethodCheck extends MethodVisitor {
        private final String className;
        private final String id;
        private final boolean ruleCode;
        private final AllowList.Level level;
        private final boolean consequence;
        private final Set<Label> seen = new HashSet<>();
        private final List<String> recentStrings = new ArrayList<>();
        private final Set<String> lambdaClassesUsed = new LinkedHashSet<>();
        private final Set<String> ruleNames = new LinkedHashSet<>();
        private final List<Pending> pending = new ArrayList<>();
        /** The constant the previous instruction pushed, when it pushed an int constant; else null. */
        private Integer lastIntConstant;
        private boolean lastWasArrayLength;

        MethodCheck(String className, String id, boolean ruleCode) {
            super(Opcodes.ASM9);
            this.className = className;
            this.id = id;
            this.ruleCode = ruleCode;
            this.level = ruleCode ? AllowList.Level.RULE_CODE : AllowList.Level.STRUCTURE;
            this.consequence = className.substring(className.lastIndexOf('/') + 1).startsWith("LambdaConsequence");
        }

        private void refuse(Kind kind, String what, String token) {
            pending.add(new Pending(kind, what, token));
        }

        private void after(Integer intConstant, boolean arrayLength) {
            lastIntConstant = intConstant;
            lastWasArrayLength = arrayLength;
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
                after(opcode - Opcodes.ICONST_0, false);
                return;
            }
            if (opcode == Opcodes.MONITORENTER) {
                refuse(Kind.UNBOUNDED, "a synchronized block", "synchronized");
            }
            after(null, opcode == Opcodes.ARRAYLENGTH);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
                after(operand, false);
                return;
            }
            if (opcode == Opcodes.NEWARRAY) {
                arraySize();
            }
            after(null, false);
        }

        private void arraySize() {
            if (!ruleCode) {
                return;
            }
            boolean small = lastIntConstant != null && lastIntConstant >= 0 && lastIntConstant <= MAX_ARRAY;
            if (!small && !lastWasArrayLength) {
                refuse(Kind.UNBOUNDED, "an array whose size is not a small constant", "new");
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.ANEWARRAY) {
                arraySize();
            }
            typeUse(type);
            after(null, false);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
            refuse(Kind.UNBOUNDED, "an array of arrays", "new");
            after(null, false);
        }

        private void typeUse(String type) {
            Type t = type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type);
            while (t.getSort() == Type.ARRAY) {
                t = t.getElementType();
            }
            if (t.getSort() == Type.OBJECT && !classes.containsKey(t.getInternalName())
                    && !allowed.allowsClass(t.getInternalName(), level)) {
                refuse(Kind.REFERENCE, "the class " + javaName(t.getInternalName()), simpleName(t.getInternalName()));
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(owner, name, descriptor, false);
            if (opcode == Opcodes.GETSTATIC && isRuleCodeClass(owner) && classes.containsKey(owner)) {
                lambdaClassesUsed.add(owner);
            }
            after(null, false);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(owner, name, descriptor, true);
            if (owner.equals("org/drools/modelcompiler/dsl/pattern/D") && name.equals("rule")
                    && !recentStrings.isEmpty()) {
                ruleNames.add(recentStrings.get(recentStrings.size() - 1));
            }
            after(null, false);
        }

        private void member(String owner, String name, String descriptor, boolean method) {
            if (owner.startsWith("[")) {
                typeUse(owner);
                if (!(method && name.equals("clone"))) {
                    refuse(Kind.REFERENCE, "a member of an array", name);
                }
                return;
            }
            if (classes.containsKey(owner)) {
                if (method) {
                    calls.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(owner + '.' + name + descriptor);
                }
                return;
            }
            if (owner.startsWith("org/drools/model/bitmask/")) {
                // what the compiler writes for the properties a modify block changes
                refuse(Kind.ENGINE, "drools.modify(...)", "modify");
            } else if (!allowed.allowsMember(owner, name, descriptor, level)) {
                refuse(isEngine(owner) ? Kind.ENGINE : Kind.REFERENCE, describe(owner, name, method), name.equals("<init>") ? simpleName(owner) : name);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            handle(bootstrap);
            for (Object argument : arguments) {
                constant(argument);
            }
            after(null, false);
        }

        private void handle(Handle h) {
            boolean method = h.getTag() != Opcodes.H_GETFIELD && h.getTag() != Opcodes.H_GETSTATIC
                    && h.getTag() != Opcodes.H_PUTFIELD && h.getTag() != Opcodes.H_PUTSTATIC;
            member(h.getOwner(), h.getName(), h.getDesc(), method);
        }

        private void constant(Object value) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                    typeUse(t.getDescriptor().startsWith("[") ? t.getDescriptor() : t.getInternalName());
                }
            } else if (value instanceof Handle h) {
                handle(h);
            } else if (value instanceof ConstantDynamic c) {
                refuse(Kind.UNBOUNDED, "a dynamic constant", null);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String s) {
                recentStrings.add(s);
                if (recentStrings.size() > 2) {
                    recentStrings.remove(0);
                }
            }
            constant(value);
            after(value instanceof Integer i ? i : null, false);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            backward(label);
            after(null, false);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            backward(dflt);
            for (Label l : labels) {
                backward(l);
            }
            after(null, false);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            visitTableSwitchInsn(0, 0, dflt, labels);
        }

        private void backward(Label target) {
            if (seen.contains(target)) {
                refuse(Kind.LOOP, "a loop (for, while or do)", "for while do");
            }
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            after(null, false);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            after(null, false);
        }

        @Override
        public void visitEnd() {
            for (Pending p : pending) {
                violations.add(new Violation(className.replace('/', '.'), ruleCode, consequence, p.kind(), p.what(),
                        p.token(), Set.copyOf(ruleNames)));
            }
            for (String rule : ruleNames) {
                for (String lambda : lambdaClassesUsed) {
                    rulesOfClass.computeIfAbsent(lambda.replace('/', '.'), k -> new LinkedHashSet<>()).add(rule);
                }
            }
        }
    }

    /** Methods of the rules' classes that can call themselves, directly or through others. */
    private void findRecursion() {
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : new ArrayList<>(calls.keySet())) {
            visit(start, state, new LinkedHashMap<>(), reported);
        }
    }

    private void visit(String method, Map<String, Integer> state, LinkedHashMap<String, Boolean> path,
            Set<String> reported) {
        Integer s = state.get(method);
        if (s != null && s == 2) {
            return;
        }
        if (path.containsKey(method)) {
            String owner = methodClass.getOrDefault(method, method.substring(0, method.lastIndexOf('.')));
            if (reported.add(owner)) {
                String name = method.substring(method.lastIndexOf('.') + 1, method.indexOf('('));
                violations.add(new Violation(owner.replace('/', '.'), true, isConsequenceClass(owner), Kind.UNBOUNDED,
                        "code that calls itself (recursion)", name, Set.of()));
            }
            return;
        }
        path.put(method, true);
        for (String callee : calls.getOrDefault(method, Set.of())) {
            visit(callee, state, path, reported);
        }
        path.remove(method);
        state.put(method, 2);
    }

    private static boolean isConsequenceClass(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).startsWith("LambdaConsequence");
    }

    /** The rule context a consequence calls as {@code drools}. */
    private static boolean isEngine(String owner) {
        return owner.startsWith("org/drools/") && (owner.endsWith("KnowledgeHelper") || owner.endsWith("/Drools")
                || owner.endsWith("DroolsImpl"));
    }

    private static String describe(String owner, String name, boolean method) {
        if (isEngine(owner)) {
            return "drools." + name + "(...)";
        }
        if (name.equals("<init>")) {
            return "new " + javaName(owner) + "(...)";
        }
        return javaName(owner) + "." + name + (method ? "(...)" : "");
    }

    private static String javaName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    private static String simpleName(String internalName) {
        String s = internalName.substring(internalName.lastIndexOf('/') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }
}
