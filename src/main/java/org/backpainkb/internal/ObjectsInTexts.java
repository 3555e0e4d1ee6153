package org.backpainkb.internal;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Finds an array written into a text. A text shows an array as where the JVM keeps it
 * ({@code [I@1b6d3586}), which differs from run to run, so a rule could say, or decide, something
 * the case does not. Rules need arrays only to hand several facts to a text ({@code note(key, $a, $b)});
 * the compiler writes every other value into a text through {@code String.valueOf(Object)} too, so the
 * check follows each array from where it is made, through the locals, to where a text is made of it.
 */
final class ArraysInTexts {

    private static final BasicValue ARRAY = new BasicValue(Type.getType("[Ljava/lang/Object;"));

    private ArraysInTexts() {
    }

    /**
     * Whether a method writes an array into a text.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return true when it does, or when its code cannot be followed
     */
    static boolean writesAnArray(String owner, MethodNode method) {
        if (!makesAText(method)) {
            return false;   // most rule code makes no text: nothing to follow
        }
        Arrays arrays = new Arrays();
        try {
            new Analyzer<>(arrays).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return true;
        }
        return arrays.found;
    }

    private static boolean makesAText(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (Arrays.makesText(insn)) {
                return true;
            }
        }
        return false;
    }

    /** The basic interpreter, telling arrays apart from other references, and noticing one made into a text. */
    private static final class Arrays extends BasicInterpreter {
        private boolean found;

        Arrays() {
            super(Opcodes.ASM9);
        }

        @Override
        public BasicValue newValue(Type type) {
            return type != null && type.getSort() == Type.ARRAY ? ARRAY : super.newValue(type);
        }

        @Override
        public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.NEWARRAY || insn.getOpcode() == Opcodes.ANEWARRAY) {
                return ARRAY;
            }
            return super.unaryOperation(insn, value);
        }

        @Override
        public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
                return ARRAY;
            }
            if (makesText(insn) && values.contains(ARRAY)) {
                found = true;
            }
            return super.naryOperation(insn, values);
        }

        @Override
        public BasicValue merge(BasicValue value1, BasicValue value2) {
            // where two ways meet, an array on either is an array
            return value1 == ARRAY || value2 == ARRAY ? ARRAY : super.merge(value1, value2);
        }

        private static boolean makesText(AbstractInsnNode insn) {
            if (insn instanceof InvokeDynamicInsnNode indy) {
                return indy.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
            }
            return insn instanceof MethodInsnNode call && call.desc.startsWith("(Ljava/lang/Object;)")
                    && (call.owner.equals("java/lang/String") && call.name.equals("valueOf")
                    || call.owner.equals("java/util/Objects") && call.name.equals("toString"));
        }
    }
}
