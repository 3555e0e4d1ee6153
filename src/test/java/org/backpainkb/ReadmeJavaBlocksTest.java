package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README compiles against the library, as a reader would paste it. A block
 * with its own imports gets those and nothing more; a block without gets the library's API packages.
 * The names a block only stands for (a case it was given, a logger, what the app does with advice)
 * are declared around it, as fields a block's own locals may shadow.
 */
class ReadmeJavaBlocksTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final String DEFAULT_IMPORTS = """
            import java.nio.file.Path;
            import java.util.List;
            import org.backpainkb.*;
            import org.backpainkb.io.*;
            import org.backpainkb.model.*;
            """;
    /** What the blocks take as given: an application's own objects and methods. */
    private static final String CONTEXT = """
                org.backpainkb.KnowledgeBase kb;
                org.backpainkb.model.Case someCase;
                org.backpainkb.model.Case intakeCase;
                java.time.LocalDate today;
                org.slf4j.Logger log;
                void tellThePerson(String advice) { }
                void show(org.backpainkb.Clearance clearance) { }
            """;

    @TempDir
    Path out;

    @Test
    void everyJavaBlockOfTheReadmeCompiles() throws IOException {
        List<String> blocks = blocks(Files.readString(Path.of("README.md")));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);

        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            sources.add(source("ReadmeBlock" + (i + 1), blocks.get(i)));
        }

        assertThat(compile(sources)).isEmpty();
    }

    @Test
    void theQuickStartShowsEveryImportItNeeds() throws IOException {
        String quickStart = blocks(Files.readString(Path.of("README.md"))).get(0);

        assertThat(quickStart).contains("import org.backpainkb.KnowledgeBase;");
        assertThat(compile(List.of(source("QuickStart", quickStart)))).isEmpty();
    }

    private static List<String> blocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme.replace("\r\n", "\n"));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** A block as a class: its import lines on top (or the default ones), the rest a method's body. */
    private static JavaFileObject source(String className, String block) {
        List<String> lines = block.lines().toList();
        String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String code = (imports.isEmpty() ? DEFAULT_IMPORTS : imports) + "\n"
                + "class " + className + " {\n" + CONTEXT
                + "    void run() throws Exception {\n" + body + "\n    }\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** Compiles against the test's class path; returns the errors, each with its block's code. */
    private List<String> compile(List<JavaFileObject> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                "-d", out.toString(), "-proc:none", "-Xlint:none");
        boolean ok = javac.getTask(new StringWriter(), null, diagnostics, options, null, sources).call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)
                        + " in: " + lineOf(d.getSource(), d.getLineNumber()))
                .toList();
        return ok ? List.of() : errors.isEmpty() ? List.of("javac failed") : errors;
    }

    private static String lineOf(JavaFileObject source, long line) {
        try {
            return source.getCharContent(true).toString().lines().skip(line - 1).findFirst().orElse("").trim();
        } catch (IOException e) {
            return "";
        }
    }
}
