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

/** The API packages show no Drools type: an embedding app never needs to know the engine. */
class ApiBoundaryTest {

    private static final List<String> API_PACKAGES = List.of("org.backpainkb", "org.backpainkb.model",
            "org.backpainkb.io", "org.backpainkb.rules");

    @Test
    void no_public_member_of_an_api_package_mentions_a_drools_or_kie_type() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicApiClasses()) {
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
        }
        assertThat(leaks).isEmpty();
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
        if (name.contains("org.kie.") || name.contains("org.drools.")) {
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
