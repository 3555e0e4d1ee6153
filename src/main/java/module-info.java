/**
 * The back pain knowledge base: {@link org.backpainkb.KnowledgeBase} assesses a
 * {@link org.backpainkb.model.Case}; cases are read and results written by {@link org.backpainkb.io};
 * rule authors check and test their rules with {@link org.backpainkb.authoring}. The rules speak the
 * vocabulary of {@link org.backpainkb.rules}.
 *
 * <p>{@code org.backpainkb.internal} (the Drools wiring) and {@code org.backpainkb.cli} (the command
 * line, an application run from its own jar, not an API) are not exported.
 */
module org.backpainkb {
    exports org.backpainkb;
    exports org.backpainkb.model;
    exports org.backpainkb.io;
    exports org.backpainkb.authoring;
    // The rules' classes, which Drools generates and defines in class loaders of its own, make and
    // match these facts and conclusions: they must be public to code outside the module.
    exports org.backpainkb.rules;

    // An application's own Jackson mapper binds a Case through the deserializer its annotation names,
    // which Jackson makes by reflection.
    opens org.backpainkb.internal.binding to com.fasterxml.jackson.databind;
    // The JSON Schemas, shipped at a stable path for applications to serve or validate with: a folder
    // of resources only, which a module hides from everyone else unless it is open.
    opens org.backpainkb.schema;

    requires org.kie.api;
    requires org.drools.compiler;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.model.codegen;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.tree.analysis;
    requires org.slf4j;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    // Only the command line needs it; the -cli jar carries it, embedders need not.
    requires static info.picocli;
}
