package org.backpainkb.internal;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Finds values a rule writes into a text, or compares by identity, that make the text or the decision
 * differ from run to run, or grow past what its facts say:
 * <ul>
 * <li>an array, or an object without a text of its own, shows where the JVM keeps it
 *     ({@code [I@1b6d3586}, {@code Case$Builder@46993514});</li>
 * <li>a record shows every field, texts included, so a conclusion written into a text, and that text
 *     into the next conclusion, doubles at each step;</li>
 * <li>{@code ==} between two numbers, texts or objects of unknown kind is whether the JVM shares one
 *     object for both, which a JVM option changes ({@code Integer} caches up to 127 by default).</li>
 * </ul>
 * The compiler writes every value into a text through {@code String.valueOf(Object)} or a string
 * concatenation, so the check follows each value's type from where it is made, through the locals,
 * to where a text is made of it or two are compared.
 */
final class ObjectsInTexts {

    /** Kinds whose {@code ==} compares where the JVM keeps them, not their values. */
    private static final Set<String> COMPARED_BY_VALUE = Set.of("java/lang/Integer", "java/lang/Long", "java/lang/Short",
            "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double", "java/lang/Float",
            "java/lang/Number", "java/lang/String", "java/lang/CharSequence", "java/lang/Object");

    private ObjectsInTexts() {
    }

    /**
     * What a method writes into a text, or compares by identity, that it should not.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return what was found, in words, or null when nothing; code that cannot be followed is refused
     */
    static String unsound(String owner, MethodNode method) {
        if (!makesATextOrCompares(method)) {
            return null;   // most rule code makes no text: nothing to follow
        }
        Values values = new Values();
        try {
            new Analyzer<>(values).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return "code that cannot be followed";
        }
        return values.found;
    }

    private static boolean makesATextOrCompares(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (makesText(insn) || insn.getOpcode() == Opcodes.IF_ACMPEQ || insn.getOpcode() == Opcodes.IF_ACMPNE) {
                return true;
            }
        }
        return false;
    }

    private static boolean makesText(AbstractInsnNode insn) {
        if (insn instanceof InvokeDynamicInsnNode indy) {
            return indy.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
        }
        return insn instanceof MethodInsnNode call && call.desc.startsWith("(Ljava/lang/Object;)")
                && (call.owner.equals("java/lang/String") && call.name.equals("valueOf")
                || call.owner.equals("java/util/Objects") && call.name.equals("toString"));
    }

    /** What a value of a type shows in a text that it should not, or null when its text is its value. */
    static String shownWrongly(Type type) {
        if (type == null) {
            return null;
        }
        if (type.getSort() == Type.ARRAY) {
            return "an array";
        }
        if (type.getSort() != Type.OBJECT) {
            return null;
        }
        if (type.getInternalName().startsWith("org/drools/")) {
            // the rule's context, drools, and what it hands out: its text is its class and where the JVM keeps it
            return "the engine's own object (drools), whose text is where the JVM keeps it";
        }
        Class<?> c = AllowList.load(type.getInternalName());
        if (c != null && (java.util.Collection.class.isAssignableFrom(c) || java.util.Map.class.isAssignableFrom(c))) {
            // [SITTING, LIFTING]: a text of a case's list reads its order, which must not change a result
            return "a list (its text names the elements in the order the case gives them)";
        }
        if (c == null || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c.isEnum()) {
            return null;   // an interface or an abstract kind says nothing of the object's own text
        }
        if (c.isRecord() && AllowList.isFact(type.getInternalName())) {
            return "a " + c.getSimpleName() + " (every field of it, texts included)";
        }
        try {
            if (c.getMethod("toString").getDeclaringClass() == Object.class) {
                return "a " + c.getSimpleName() + " (it has no text of its own)";
            }
        } catch (NoSuchMethodException e) {
            return null;
        }
        return null;
    }

    /** The basic interpreter, keeping each reference's type, and noticing what a text is made of. */
    private static final class Values extends TypedInterpreter {
        private String found;

        @Override
        public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
            if (found == null && makesText(insn)) {
                for (BasicValue v : values) {
                    String wrong = shownWrongly(v.getType());
                    if (wrong != null) {
                        found = wrong + " written into a text";
                        break;
                    }
                }
            }
            return super.naryOperation(insn, values);
        }

        @Override
        public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue value1, BasicValue value2)
                throws AnalyzerException {
            int op = insn.getOpcode();
            if (found == null && (op == Opcodes.IF_ACMPEQ || op == Opcodes.IF_ACMPNE)
                    && (comparedByValue(value1) || comparedByValue(value2))) {
                found = "== between two " + value1.getType().getClassName().replace("java.lang.", "")
                        + " values (whether the JVM keeps them as one object, not whether they are equal; use equals)";
            }
            return super.binaryOperation(insn, value1, value2);
        }

        private static boolean comparedByValue(BasicValue v) {
            return v.getType() != null && v.getType().getSort() == Type.OBJECT
                    && COMPARED_BY_VALUE.contains(v.getType().getInternalName());
        }

        @Override
        public BasicValue merge(BasicValue value1, BasicValue value2) {
            if (value1.equals(value2)) {
                return value1;
            }
            // where two ways meet with values of different kinds, keep the one a text must not show
            if (shownWrongly(value1.getType()) != null) {
                return value1;
            }
            if (shownWrongly(value2.getType()) != null) {
                return value2;
            }
            return isReference(value1) && isReference(value2) ? new BasicValue(Type.getObjectType("java/lang/Object"))
                    : BasicValue.UNINITIALIZED_VALUE;
        }
    }
}
