package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API packages show no Drools, Jackson or internal type: an embedding app never needs to know the
 * engine or the parser, and may use another version of Jackson's API than the one the library reads with.
 */
class ApiBoundaryTest {

    /** The packages the module exports, every one of them (ModuleDescriptorTest holds the module to it). */
    static final List<String> API_PACKAGES = List.of("org.backpainkb", "org.backpainkb.authoring",
            "org.backpainkb.io", "org.backpainkb.model", "org.backpainkb.rules");

    private static final List<String> FOREIGN_PREFIXES = List.of("org.kie.", "org.drools.", "com.fasterxml.",
            "org.backpainkb.internal.");

    @Test
    void no_public_member_of_an_api_package_mentions_a_drools_jackson_or_internal_type() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicApiClasses()) {
            leaks.addAll(leaksOf(type));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void every_api_package_is_looked_at() throws Exception {
        assertThat(publicApiClasses().stream().map(Class::getPackageName).distinct())
                .containsExactlyInAnyOrderElementsOf(API_PACKAGES);
    }

    @Test
    void a_jackson_or_internal_type_in_a_signature_is_seen() {
        assertThat(leaksOf(Leaky.class)).containsExactlyInAnyOrder(
                Leaky.class.getName() + ".tree: com.fasterxml.jackson.databind.JsonNode",
                Leaky.class.getName() + ".<init>: java.util.List<org.backpainkb.internal.RuleFiles>");
    }

    /** What a careless API might look like. */
    public static final class Leaky {
        /**
         * Takes an internal type.
         *
         * @param files internal
         */
        public Leaky(List<org.backpainkb.internal.RuleFiles> files) {
        }

        /**
         * Gives a Jackson type.
         *
         * @return never
         */
        public com.fasterxml.jackson.databind.JsonNode tree() {
            return null;
        }
    }

    private static List<String> leaksOf(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers())) {
                check(type, m.getName(), m.getGenericReturnType(), leaks);
                for (Type p : m.getGenericParameterTypes()) {
                    check(type, m.getName(), p, leaks);
                }
                for (Type e : m.getGenericExceptionTypes()) {
                    check(type, m.getName(), e, leaks);
                }
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers())) {
                for (Type p : c.getGenericParameterTypes()) {
                    check(type, "<init>", p, leaks);
                }
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                check(type, f.getName(), f.getGenericType(), leaks);
            }
        }
        check(type, "extends", type.getGenericSuperclass(), leaks);
        for (Type i : type.getGenericInterfaces()) {
            check(type, "implements", i, leaks);
        }
        return leaks;
    }

    @Test
    void the_live_session_and_its_listener_are_in_the_api_package() throws Exception {
        assertThat(publicApiClasses()).contains(PersonSession.class, SessionListener.class, KnowledgeBase.class);
        assertThat(Modifier.isFinal(PersonSession.class.getModifiers())).isTrue();
        assertThat(PersonSession.class.getConstructors()).isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
        String name = type == null ? "" : type.getTypeName();
        if (FOREIGN_PREFIXES.stream().anyMatch(name::contains)) {
            leaks.add(owner.getName() + "." + member + ": " + name);
        }
    }

    private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(KnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> result = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + simple, false, KnowledgeBase.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        result.add(c);
                    }
                }
            }
        }
        return result;
    }
}
