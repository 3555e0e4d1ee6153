package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpainkb.internal.RuleBytecode.Kind;
import org.backpainkb.internal.RuleBytecode.Violation;
import org.backpainkb.model.ReasonCode;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one method of a class compiled from rules, for {@link RuleBytecode}: every reference it makes
 * (a method, a field, a constructor, a class, a bootstrap method and its arguments, a constant) is
 * checked against the {@link AllowList}; in a rule's own code, a backward jump (a loop), a lock or an
 * array whose size is not a small constant is refused too. It records the module's methods it calls,
 * so that recursion can be found once every method has been read, and the rules the method serves.
 */
final class RuleMethodCheck extends MethodVisitor {

    /**
     * Where the checks of a module's methods put what they find.
     *
     * @param violations everything refused
     * @param rulesOfClass for each class the compiler made for a rule's code, the rules it serves
     * @param calls for each method, the methods of the module it calls
     */
    record Collected(List<Violation> violations, Map<String, Set<String>> rulesOfClass, Map<String, Set<String>> calls) {
    }

    /** A refusal found while reading a method, reported once the method's rules are known. */
    private record Pending(Kind kind, String what, String token) {
    }

    private final Set<String> moduleClasses;
    private final AllowList allowed;
    private final Collected out;
    private final String className;
    private final String id;
    private final boolean ruleCode;
    private final AllowList.Level level;
    private final boolean consequence;
    private final Set<Label> seen = new HashSet<>();
    /** Labels a jump goes forward to: where two ways of a condition meet, a constant before it says nothing. */
    private final Set<Label> jumpedTo = new HashSet<>();
    private final List<String> recentStrings = new ArrayList<>();
    private final Set<String> lambdaClassesUsed = new LinkedHashSet<>();
    private final Set<String> ruleNames = new LinkedHashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    /** The constant the previous instruction pushed, when it pushed an int constant; else null. */
    private Integer lastIntConstant;
    private boolean lastWasArrayLength;
    /** Whether the previous instruction pushed a text written out in the rule. */
    private boolean lastWasText;

    /**
     * Reads one method.
     *
     * @param className its class, internal name
     * @param id the method's class, name and descriptor
     * @param ruleCode true when the method is a condition's or a consequence's own code
     * @param moduleClasses the internal names of the module's classes
     * @param allowed what rules may use
     * @param out where to put what it finds
     */
    RuleMethodCheck(String className, String id, boolean ruleCode, Set<String> moduleClasses, AllowList allowed,
            Collected out) {
        super(Opcodes.ASM9);
        this.moduleClasses = moduleClasses;
        this.allowed = allowed;
        this.out = out;
        this.className = className;
        this.id = id;
        this.ruleCode = ruleCode;
        this.level = ruleCode ? AllowList.Level.RULE_CODE : AllowList.Level.STRUCTURE;
        this.consequence = RuleBytecode.isConsequenceClass(className);
    }

    private void refuse(Kind kind, String what, String token) {
        pending.add(new Pending(kind, what, token));
    }

    private void after(Integer intConstant, boolean arrayLength) {
        lastIntConstant = intConstant;
        lastWasArrayLength = arrayLength;
        lastWasText = false;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if (ruleCode) {
            // a catch in a rule's code could swallow the time limit's stop, or a conclusion's refusal, and go on
            refuse(Kind.THROWS, "a try/catch is not allowed: a rule's code has nothing to recover from, and a catch"
                    + " could swallow the time limit's stop or a refused conclusion and go on as if nothing happened",
                    "try catch");
        }
    }

    @Override
    public void visitLabel(Label label) {
        seen.add(label);
        if (jumpedTo.contains(label)) {
            // cond ? "CODE" : "not a code", cond ? 2 : 0: the constant just before is one way's of two
            after(null, false);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
            after(opcode - Opcodes.ICONST_0, false);
            return;
        }
        if (opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1) {
            after(opcode - Opcodes.LCONST_0, false);
            return;
        }
        if (ruleCode && (opcode == Opcodes.IDIV || opcode == Opcodes.IREM || opcode == Opcodes.LDIV || opcode == Opcodes.LREM)
                && (lastIntConstant == null || lastIntConstant == 0)) {
            // a whole number divided by a value of the facts throws when that value is 0
            refuse(Kind.THROWS, "a division by a value that may be zero is not allowed: it fails for the people whose"
                    + " values make it zero, after the rules have loaded; divide by a number written out, or compare"
                    + " without dividing (a > 2 * b rather than a / b > 2)", opcode == Opcodes.IREM || opcode == Opcodes.LREM ? "%" : "/");
        }
        if (opcode == Opcodes.MONITORENTER) {
            refuse(Kind.UNBOUNDED, "a synchronized block", "synchronized");
        }
        if (ruleCode && opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD) {
            // a position taken from a case fails past the array's end for the people whose values reach it
            refuse(Kind.THROWS, "reading an array's element (a[i]) is not allowed: a rule reads a fact by its fields,"
                    + " never by a position, which fails past the array's end for the people whose values reach it", "]");
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
        boolean small = lastIntConstant != null && lastIntConstant >= 0 && lastIntConstant <= RuleBytecode.MAX_ARRAY;
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
        if (t.getSort() == Type.OBJECT && !moduleClasses.contains(t.getInternalName())
                && !allowed.allowsClass(t.getInternalName(), level)) {
            refuse(Kind.REFERENCE, "the class " + javaName(t.getInternalName()), simpleName(t.getInternalName()));
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        member(owner, name, descriptor, false);
        if (opcode == Opcodes.GETSTATIC && RuleBytecode.isRuleCodeClass(owner) && moduleClasses.contains(owner)) {
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
        if (ruleCode && owner.equals("org/backpainkb/model/ReasonCode") && name.equals("of") && lastWasText
                && !recentStrings.isEmpty() && !ReasonCode.isWellFormed(recentStrings.get(recentStrings.size() - 1))) {
            refuse(Kind.THROWS, "ReasonCode.of(\"" + recentStrings.get(recentStrings.size() - 1) + "\") is not allowed: it is"
                    + " not written as a code, capitals joined by underscores, so it fails when the rule runs; name a code"
                    + " of reason-codes.yaml", "of");
        }
        if (ruleCode && owner.equals("org/backpainkb/model/ReasonCode") && name.equals("of") && !lastWasText) {
            // ReasonCode.of refuses a text that is not a code: made while the rule runs, it fails for chosen people
            refuse(Kind.THROWS, "ReasonCode.of(...) of a text made while the rule runs is not allowed: it fails when the"
                    + " text is not a code, after the rules have loaded; name the code itself, ReasonCode.of(\"CODE\")",
                    "of");
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
        if (moduleClasses.contains(owner)) {
            if (method) {
                out.calls().computeIfAbsent(id, k -> new LinkedHashSet<>()).add(owner + '.' + name + descriptor);
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
        after(value instanceof Integer i ? i : value instanceof Long l ? (l == 0 ? 0 : 1) : null, false);
        lastWasText = value instanceof String;
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
        jumpedTo.add(target);
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
            out.violations().add(new Violation(className.replace('/', '.'), ruleCode, consequence, p.kind(), p.what(),
                    p.token(), Set.copyOf(ruleNames)));
        }
        for (String rule : ruleNames) {
            for (String lambda : lambdaClassesUsed) {
                out.rulesOfClass().computeIfAbsent(lambda.replace('/', '.'), k -> new LinkedHashSet<>()).add(rule);
            }
        }
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
