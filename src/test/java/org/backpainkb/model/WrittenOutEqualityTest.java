package org.backpainkb.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backpainkb.rules.Suggestion;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The facts and conclusions write out {@code equals} and {@code hashCode} (see the packages'
 * documentation): each must read every component, so a component added later cannot be left out.
 */
class WrittenOutEqualityTest {

    @Test
    void everyFactAndConclusionWritesOutEqualsAndHashCode() throws Exception {
        for (Class<?> record : factsAndConclusions()) {
            assertThat(record.getDeclaredMethod("equals", Object.class).getDeclaringClass()).as(record.getName())
                    .isEqualTo(record);
            assertThat(record.getDeclaredMethod("hashCode").getDeclaringClass()).as(record.getName()).isEqualTo(record);
        }
    }

    @Test
    void equalsComparesEveryComponentOfBothRecords() throws Exception {
        for (Class<?> record : factsAndConclusions()) {
            Map<String, Integer> reads = fieldReads(record, "equals");
            for (RecordComponent c : record.getRecordComponents()) {
                assertThat(reads.getOrDefault(c.getName(), 0)).as(record.getSimpleName() + "." + c.getName())
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void hashCodeHashesEveryComponent() throws Exception {
        for (Class<?> record : factsAndConclusions()) {
            Map<String, Integer> reads = fieldReads(record, "hashCode");
            for (RecordComponent c : record.getRecordComponents()) {
                assertThat(reads.getOrDefault(c.getName(), 0)).as(record.getSimpleName() + "." + c.getName())
                        .isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void hashCodeIsTheOneARecordWouldHave() {
        MobilityFinding finding = new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true);
        int expected = 0;
        for (Object c : new Object[] {finding.movement(), finding.status(), finding.percentOfNormal(),
                finding.painful()}) {
            expected = 31 * expected + c.hashCode();
        }
        assertThat(finding.hashCode()).isEqualTo(expected);
        assertThat(finding).isEqualTo(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true))
                .isNotEqualTo(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, false));
    }

    /** The top-level records of the model and of the conclusions, but the case that holds the facts. */
    private static List<Class<?>> factsAndConclusions() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> anchor : List.of(Symptom.class, Suggestion.class)) {
            Path dir = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(anchor.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$")) {
                        Class<?> c = Class.forName(anchor.getPackageName() + "." + name.replace(".class", ""));
                        if (c.isRecord() && c != Case.class) {
                            records.add(c);
                        }
                    }
                }
            }
        }
        assertThat(records).hasSizeGreaterThan(20);
        return records;
    }

    /** How often a method of the record reads each of its own fields. */
    private static Map<String, Integer> fieldReads(Class<?> record, String method) throws IOException {
        Map<String, Integer> reads = new HashMap<>();
        String owner = record.getName().replace('.', '/');
        try (InputStream in = record.getResourceAsStream(record.getSimpleName() + ".class")) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if (!name.equals(method)) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitFieldInsn(int opcode, String fieldOwner, String field, String desc) {
                            if (opcode == Opcodes.GETFIELD && fieldOwner.equals(owner)) {
                                reads.merge(field, 1, Integer::sum);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        }
        return reads;
    }

    @Test
    void twoSymptomsWhoseActivitiesDifferOnlyInOrderAreEqualWithOneHash() {
        Symptom one = new Symptom(Region.LOW_BACK, 5, List.of(Activity.WALKING, Activity.STANDING),
                List.of(Activity.SITTING, Activity.BENDING_FORWARD), false);
        Symptom other = new Symptom(Region.LOW_BACK, 5, List.of(Activity.STANDING, Activity.WALKING),
                List.of(Activity.BENDING_FORWARD, Activity.SITTING), false);

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(new Symptom(Region.LOW_BACK, 5, List.of(Activity.WALKING),
                List.of(Activity.SITTING, Activity.BENDING_FORWARD), false));
        assertThat(one).isNotEqualTo(new Symptom(Region.LOW_BACK, 5, List.of(Activity.SITTING, Activity.BENDING_FORWARD),
                List.of(Activity.WALKING, Activity.STANDING), false));
    }

    @Test
    void everyActivityHasABitOfItsOwnInASymptomsComparison() {
        assertThat(Activity.values().length).isLessThanOrEqualTo(64);
    }
}
