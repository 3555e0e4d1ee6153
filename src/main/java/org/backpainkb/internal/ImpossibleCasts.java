package org.backpainkb.internal;

import java.lang.reflect.Modifier;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Finds a cast in rule code that can fail for the people a rule matches: a value of one kind cast to
 * an unrelated one ({@code (String) (Object) $s.category()} compiles, and throws for every session),
 * or a value that is one of two kinds, by a condition, cast to either ({@code (String) (cond ? (Object)
 * $s.category() : "x")} throws for the people the condition picks). The compiler's own casts, of a
 * fact handed over as an object to its kind, are of one known value and pass.
 */
final class ImpossibleCasts {

    private ImpossibleCasts() {
    }

    /**
     * The first cast of a method that can fail.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return the cast in words, or null when there is none; code that cannot be followed gives null
     *         (the other checks refuse it)
     */
    static String failing(String owner, MethodNode method) {
        if (!casts(method)) {
            return null;
        }
        Values values = new Values();
        return values.follows(owner, method) ? values.found : null;
    }

    private static boolean casts(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.CHECKCAST) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of one kind can never be of the other (null aside). */
    private static boolean unrelated(Type from, Type to) {
        if (from.getSort() != Type.OBJECT || to.getSort() != Type.OBJECT) {
            return false;
        }
        Class<?> a = AllowList.load(from.getInternalName());
        Class<?> b = AllowList.load(to.getInternalName());
        if (a == null || b == null || b.isAssignableFrom(a) || a.isAssignableFrom(b)) {
            return false;
        }
        // a class that is not final may have a kind of both; a final one, or two classes, cannot
        return Modifier.isFinal(a.getModifiers()) || Modifier.isFinal(b.getModifiers()) || !a.isInterface() && !b.isInterface();
    }

    /**
     * Whether a cast follows a test of the same kind ({@code x instanceof String s}, which the compiler
     * writes as a test, a jump and the cast): it runs only when the test held, and cannot fail.
     */
    private static boolean testedJustBefore(TypeInsnNode cast) {
        int seen = 0;
        for (AbstractInsnNode i = cast.getPrevious(); i != null && seen < 4; i = i.getPrevious()) {
            if (i.getOpcode() < 0) {
                continue;   // a label, a line number or a frame
            }
            if (i.getOpcode() == Opcodes.INSTANCEOF && ((TypeInsnNode) i).desc.equals(cast.desc)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** The typed interpreter, where two ways meeting with values of different kinds give an unknown kind. */
    private static final class Values extends TypedInterpreter {
        private String found;

        @Override
        public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
            if (found == null && insn.getOpcode() == Opcodes.CHECKCAST && !testedJustBefore((TypeInsnNode) insn)) {
                Type to = Type.getObjectType(((TypeInsnNode) insn).desc);
                if (value.getType() == null || value == BasicValue.REFERENCE_VALUE) {
                    found = "a cast to " + to.getClassName() + " of a value that is one kind or another by a condition";
                } else if (unrelated(value.getType(), to)) {
                    found = "a cast of " + value.getType().getClassName() + " to " + to.getClassName();
                }
            }
            return super.unaryOperation(insn, value);
        }
    }
}
