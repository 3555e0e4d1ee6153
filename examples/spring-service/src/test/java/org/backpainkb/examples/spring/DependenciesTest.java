package org.backpainkb.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.Test;

/**
 * What this service runs on: Spring Boot's own Jackson, and not the dependencies that only rules
 * loaded from a directory need (the pom excludes them), with which the bundled rules still assess.
 */
class DependenciesTest {

    @Test
    void theServiceRunsOnSpringBootsJackson() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("boot.jackson.version"));
    }

    @Test
    void theBundledRulesAssessWithoutTheDependenciesOnlyEditedRulesNeed() {
        for (String absent : new String[] {"org.eclipse.jdt.internal.compiler.Compiler",
                "org.drools.ecj.EclipseJavaCompiler", "com.thoughtworks.xstream.XStream",
                "org.drools.xml.support.XMLSupportImpl"}) {
            assertThatThrownBy(() -> Class.forName(absent)).as(absent).isInstanceOf(ClassNotFoundException.class);
        }

        assertThat(KnowledgeBase.bundled().assess(Case.builder().build()).clearances()).hasSize(7);
    }
}
