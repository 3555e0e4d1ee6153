package org.backpainkb.internal;

import java.util.List;
import java.util.Objects;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * How large a text a rule's code can build. Without loops, the work of one firing is bounded by the
 * length of its code, but a text joined to itself doubles at every step ({@code s = s + s}, forty
 * times, asks for terabytes). This follows every value through the code and counts, for each text,
 * how many pieces it is made of, a piece used twice counting twice; a text of more than
 * {@link #MAX_PIECES} pieces is refused. A text built once from its facts, however long the sentence,
 * stays far below that.
 */
final class TextGrowth {

    /** The most pieces one text a rule builds may be made of. */
    static final int MAX_PIECES = 100;

    private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";

    private TextGrowth() {
    }

    /**
     * Whether a method builds a text of more than {@link #MAX_PIECES} pieces.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return true when it does, or when it joins texts and its code cannot be followed
     */
    static boolean buildsAnUnboundedText(String owner, MethodNode method) {
        if (!joinsTexts(method)) {
            return false;
        }
        Pieces pieces = new Pieces();
        try {
            new Analyzer<>(pieces).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return true;
        }
        return pieces.largest > MAX_PIECES;
    }

    /** Only a concatenation makes a text of more pieces than went into it: without one there is nothing to follow. */
    private static boolean joinsTexts(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof InvokeDynamicInsnNode indy && isConcatenation(indy.bsm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConcatenation(Handle bootstrap) {
        return bootstrap.getOwner().equals(CONCAT_FACTORY);
    }

    /** A value on the stack or in a local: its size in slots and, for a text, how many pieces it holds. */
    private record Piece(int size, long count) implements Value {
        @Override
        public int getSize() {
            return size;
        }
    }

    /** Counts pieces as texts are joined; every other value is one piece. */
    private static final class Pieces extends Interpreter<Piece> {
        private long largest;
        /** The most pieces any text given to a constructor so far held. */
        private long constructed = 1;

        Pieces() {
            super(Opcodes.ASM9);
        }

        private static Piece one(Type type) {
            return new Piece(type == null ? 1 : Math.max(1, type.getSize()), 1);
        }

        @Override
        public Piece newValue(Type type) {
            return type == Type.VOID_TYPE ? null : one(type);
        }

        @Override
        public Piece newOperation(AbstractInsnNode insn) {
            int op = insn.getOpcode();
            boolean wide = op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1 || op == Opcodes.DCONST_0
                    || op == Opcodes.DCONST_1;
            if (op == Opcodes.LDC) {
                Object c = ((org.objectweb.asm.tree.LdcInsnNode) insn).cst;
                wide = c instanceof Long || c instanceof Double;
            } else if (op == Opcodes.GETSTATIC) {
                wide = Type.getType(((org.objectweb.asm.tree.FieldInsnNode) insn).desc).getSize() == 2;
            }
            return new Piece(wide ? 2 : 1, 1);
        }

        @Override
        public Piece copyOperation(AbstractInsnNode insn, Piece value) {
            return value;
        }

        @Override
        public Piece unaryOperation(AbstractInsnNode insn, Piece value) {
            return switch (insn.getOpcode()) {
                case Opcodes.CHECKCAST -> value;
                case Opcodes.I2L, Opcodes.I2D, Opcodes.F2L, Opcodes.F2D, Opcodes.LNEG, Opcodes.DNEG, Opcodes.L2D,
                        Opcodes.D2L -> new Piece(2, 1);
                case Opcodes.GETFIELD -> one(Type.getType(((org.objectweb.asm.tree.FieldInsnNode) insn).desc));
                default -> new Piece(1, 1);
            };
        }

        @Override
        public Piece binaryOperation(AbstractInsnNode insn, Piece value1, Piece value2) {
            return switch (insn.getOpcode()) {
                case Opcodes.LALOAD, Opcodes.DALOAD, Opcodes.LADD, Opcodes.DADD, Opcodes.LSUB, Opcodes.DSUB,
                        Opcodes.LMUL, Opcodes.DMUL, Opcodes.LDIV, Opcodes.DDIV, Opcodes.LREM, Opcodes.DREM,
                        Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR, Opcodes.LAND, Opcodes.LOR, Opcodes.LXOR ->
                        new Piece(2, 1);
                default -> new Piece(1, 1);
            };
        }

        @Override
        public Piece ternaryOperation(AbstractInsnNode insn, Piece value1, Piece value2, Piece value3) {
            return null;
        }

        @Override
        public Piece naryOperation(AbstractInsnNode insn, List<? extends Piece> values) {
            if (insn instanceof InvokeDynamicInsnNode indy) {
                Type returned = Type.getReturnType(indy.desc);
                if (isConcatenation(indy.bsm)) {
                    return text(values.stream().mapToLong(Piece::count).sum() + 1);
                }
                return returned == Type.VOID_TYPE ? null : one(returned);
            }
            if (insn instanceof MethodInsnNode call) {
                Type returned = Type.getReturnType(call.desc);
                if (call.name.equals("<init>")) {
                    // the new object may hand the text back (an accessor), and the value on the stack cannot
                    // carry the count: every object a call returns from here on counts at least as much
                    constructed = Math.max(constructed, values.stream().mapToLong(Piece::count).max().orElse(1));
                }
                if (returned == Type.VOID_TYPE) {
                    return null;
                }
                if (returned.getSort() == Type.OBJECT) {
                    // String.valueOf, substring, strip, but also Objects.toString, requireNonNullElse or
                    // CharSequence.toString: any call that returns an object may hand back a text it was given,
                    // so it keeps the pieces of the largest (a call that reset the count let a text double on)
                    return text(Math.max(constructed, values.stream().mapToLong(Piece::count).max().orElse(1)));
                }
                return one(returned);
            }
            return one(null);
        }

        private Piece text(long count) {
            largest = Math.max(largest, count);
            return new Piece(1, Math.min(count, Long.MAX_VALUE / 4));
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Piece value, Piece expected) {
            // nothing to count
        }

        @Override
        public Piece merge(Piece value1, Piece value2) {
            if (value1 == null || value2 == null) {
                return value1 == null ? value2 : value1;
            }
            if (Objects.equals(value1, value2)) {
                return value1;
            }
            return new Piece(Math.max(value1.size(), value2.size()), Math.max(value1.count(), value2.count()));
        }
    }
}
