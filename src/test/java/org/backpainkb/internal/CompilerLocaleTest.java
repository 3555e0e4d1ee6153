package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CompilerLocaleTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @Test
    void turkishAndAzerbaijaniCaseTheLetterIOtherwiseThanJava() {
        assertThat(CompilerLocale.casesAsciiPlainly(TURKISH)).isFalse();
        assertThat(CompilerLocale.casesAsciiPlainly(Locale.forLanguageTag("az"))).isFalse();
        assertThat(CompilerLocale.casesAsciiPlainly(Locale.GERMANY)).isTrue();
        assertThat(CompilerLocale.casesAsciiPlainly(Locale.forLanguageTag("lt"))).isTrue();
    }

    @Test
    void aCompileUnderATurkishDefaultSeesTheRootLocaleAndLeavesTheDefaultsAsTheyWere() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(TURKISH);
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            String keyword = CompilerLocale.neutral(() -> "INT".toLowerCase());
            assertThat(keyword).isEqualTo("int");
            assertThat(Locale.getDefault()).isEqualTo(TURKISH);
            assertThat(Locale.getDefault(Locale.Category.DISPLAY)).isEqualTo(TURKISH);
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.GERMANY);
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    @Test
    void aCompileUnderAnotherDefaultRunsAsItIs() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Locale seen = CompilerLocale.neutral(Locale::getDefault);
            assertThat(seen).isEqualTo(Locale.GERMANY);
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * The code generator keeps what it lower-cased when its classes load, so only a JVM that starts in
     * Turkish shows the fault: this one has compiled rules in English already.
     */
    @Test
    void theBundledRulesValidateInAJvmWhoseDefaultLocaleIsTurkish() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process validate = new ProcessBuilder(List.of(java.toString(), "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"),
                "org.backpainkb.cli.Main", "validate", "--rules", "rules-drl"))
                .redirectErrorStream(true).start();
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validate.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(output).contains("rules-drl: no problems").doesNotContain("ınt");
        assertThat(validate.exitValue()).isZero();
    }
}
