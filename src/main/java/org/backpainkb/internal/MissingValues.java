package org.backpainkb.internal;

import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Finds rule code that relies on a value a case may leave out: a calculation with it, a call on it. A fact gives such a value as an
 * object ({@code Integer painNextMorning}, null when the case has none); used as a number
 * ({@code painNextMorning - painBefore}) it throws for every case without it, so a rule that hides the
 * calculation behind a condition fails for chosen people only, after the rules have loaded. A
 * comparison ({@code painNextMorning > 3}) is false for a missing value and never throws: the engine
 * compares such values itself. The value is followed from the fact, through the locals, to where it
 * is used as a number; a test for null on the way is not counted, since the same value can be used
 * past it.
 */
final class MissingValues {

    /** What a fact gives as an object rather than a plain value is what a case may leave out. */
    private static final Set<String> BOXED = Set.of("java/lang/Integer", "java/lang/Long", "java/lang/Double",
            "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean", "java/lang/Character",
            "java/lang/Number");

    /**
     * What else a fact gives that may be missing: the case format's optional fields that are not
     * numbers, and the parts of a conclusion that only some of its forms fill.
     */
    private static final Set<String> MAY_BE_MISSING = Set.of(
            "org/backpainkb/model/CoreActivation.strength",
            "org/backpainkb/rules/Suggestion.category", "org/backpainkb/rules/Suggestion.direction",
            "org/backpainkb/rules/Suggestion.exercise", "org/backpainkb/rules/Suggestion.why",
            "org/backpainkb/rules/Unsuitable.marked", "org/backpainkb/rules/Unsuitable.category",
            "org/backpainkb/rules/Unsuitable.direction", "org/backpainkb/rules/Unsuitable.hurt",
            "org/backpainkb/rules/Restriction.reason", "org/backpainkb/rules/Restriction.note",
            "org/backpainkb/rules/AllExercise.reason", "org/backpainkb/rules/AllExercise.note",
            "org/backpainkb/rules/StageHold.note", "org/backpainkb/rules/ReferralNeeded.flag");

    /** JDK methods a missing value may be handed to: they say "null" or compare it, and never throw. */
    private static final Set<String> TAKE_A_MISSING_VALUE = Set.of("java/lang/String.valueOf",
            "java/util/Objects.equals", "java/util/Objects.isNull", "java/util/Objects.nonNull",
            "java/util/Objects.toString", "java/lang/Object.equals", "java/lang/String.equals");

    private MissingValues() {
    }

    /**
     * The field of a fact a method relies on being there (a calculation with it, a call on it) although
     * a case may leave it out.
     *
     * @param owner the class, internal name
     * @param method the method, read with its code
     * @return the field's name ("null" for a null written out), or null when there is none; code that
     *         cannot be followed gives null (the other checks refuse it)
     */
    static String reliedOn(String owner, MethodNode method) {
        if (!readsAMissableValue(method)) {
            return null;   // most rule code reads no such field: nothing to follow
        }
        Values values = new Values();
        return values.follows(owner, method) ? values.found : null;
    }

    private static boolean readsAMissableValue(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && isMissable(call) || insn.getOpcode() == Opcodes.ACONST_NULL) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a fact's field, or a value it works out, may be missing (null).
     *
     * @param fact the fact's class
     * @param field the field's name
     * @return true for a number a case may leave out, and the like
     */
    static boolean mayBeMissing(Class<?> fact, String field) {
        try {
            Class<?> kind = fact.getMethod(field).getReturnType();
            return BOXED.contains(Type.getInternalName(kind))
                    || MAY_BE_MISSING.contains(Type.getInternalName(fact) + "." + field);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A fact's field whose value is an object that may be null: a number the case leaves out, and the like. */
    private static boolean isMissable(MethodInsnNode call) {
        if (!call.desc.startsWith("()") || !AllowList.isFact(call.owner)) {
            return false;
        }
        return BOXED.contains(Type.getReturnType(call.desc).getInternalName())
                || MAY_BE_MISSING.contains(call.owner + "." + call.name);
    }

    /**
     * Whether a call fails when the value at this place may be missing: a call on it (its number, its
     * comparison, its name), or a method of the JDK handed it that does not take a missing value
     * (a list asked whether it contains it, a text compared with it).
     */
    private static boolean failsWithoutIt(MethodInsnNode call, int argument) {
        if (argument == 0 && call.getOpcode() != Opcodes.INVOKESTATIC) {
            return true;
        }
        return call.owner.startsWith("java/") && !TAKE_A_MISSING_VALUE.contains(call.owner + "." + call.name);
    }

    /** A value read from a fact's field that a case may leave out. */
    private static final class Missable extends BasicValue {
        private final String field;

        Missable(Type type, String field) {
            super(type);
            this.field = field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Missable other && other.field.equals(field) && super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + field.hashCode();
        }
    }

    /** Follows what a missable field gives, and notices where the code relies on it being there. */
    private static final class Values extends TypedInterpreter {
        private String found;

        @Override
        public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
            if (insn instanceof MethodInsnNode call) {
                for (int i = 0; found == null && i < values.size(); i++) {
                    if (values.get(i) instanceof Missable m && failsWithoutIt(call, i)) {
                        found = m.field;
                    }
                }
                if (isMissable(call)) {
                    return new Missable(Type.getReturnType(call.desc), call.name);
                }
            }
            return super.naryOperation(insn, values);
        }

        @Override
        public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.ACONST_NULL) {
                // a null written out, such as the other way of a condition (cond ? null : 1)
                return new Missable(Type.getObjectType("java/lang/Object"), "null");
            }
            return super.newOperation(insn);
        }

        @Override
        public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.CHECKCAST && value instanceof Missable m) {
                // a cast changes the kind the code sees, not whether the value is there
                return new Missable(Type.getObjectType(((TypeInsnNode) insn).desc), m.field);
            }
            return super.unaryOperation(insn, value);
        }

        @Override
        public BasicValue merge(BasicValue value1, BasicValue value2) {
            // where two ways meet, a value that may be missing on one of them may be missing; asked before
            // equals, which a plain value of the same type answers yes to
            if (value1 instanceof Missable) {
                return value1;
            }
            if (value2 instanceof Missable) {
                return value2;
            }
            if (value1.equals(value2)) {
                return value1;
            }
            boolean references = isReference(value1) && isReference(value2);
            return references ? new BasicValue(Type.getObjectType("java/lang/Object")) : BasicValue.UNINITIALIZED_VALUE;
        }
    }
}
