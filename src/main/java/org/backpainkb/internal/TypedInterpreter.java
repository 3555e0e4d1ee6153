package org.backpainkb.internal;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's basic interpreter keeping each reference's own type rather than "a reference": the checks of
 * compiled rules follow values by what they are ({@link ObjectsInTexts}, {@link MissingValues}).
 */
abstract class TypedInterpreter extends BasicInterpreter {

    TypedInterpreter() {
        super(Opcodes.ASM9);
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
            return new BasicValue(type);
        }
        return super.newValue(type);
    }

    /**
     * Follows a method's values with this interpreter.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return false when its code cannot be followed
     */
    boolean follows(String owner, org.objectweb.asm.tree.MethodNode method) {
        try {
            new org.objectweb.asm.tree.analysis.Analyzer<>(this).analyze(owner, method);
            return true;
        } catch (org.objectweb.asm.tree.analysis.AnalyzerException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a value is an object or an array.
     *
     * @param v the value
     * @return true for a reference
     */
    static boolean isReference(BasicValue v) {
        return v.getType() != null && (v.getType().getSort() == Type.OBJECT || v.getType().getSort() == Type.ARRAY);
    }
}
