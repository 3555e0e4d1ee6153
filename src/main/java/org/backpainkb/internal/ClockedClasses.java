package org.backpainkb.internal;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds a call to {@link org.backpainkb.internal.matching.MatchClock#tick()} at the start of every
 * method of a class compiled from rules, after the guard has read the class as compiled: the call
 * is the library's, and the only thing it adds. Constructors and static initialisers are left as
 * they are (they run when the rules are loaded, not while facts are matched).
 */
final class ClockedClasses {

    private static final String CLOCK = "org/backpainkb/internal/matching/MatchClock";

    private ClockedClasses() {
    }

    /**
     * A class's bytes with the clock's call added to its methods.
     *
     * @param bytes the class as compiled and checked
     * @return the class to define
     */
    static byte[] withClock(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        // the call pushes nothing and changes no local, so the sizes and frames read stay right
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean noBody = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0;
                if (noBody || name.equals("<init>") || name.equals("<clinit>")) {
                    return method;
                }
                return new MethodVisitor(Opcodes.ASM9, method) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, CLOCK, "tick", "()V", false);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
