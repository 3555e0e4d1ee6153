/** An application that embeds backpain-kb as a module: it names the library and nothing of Drools. */
module org.backpainkb.examples.modular {
    requires org.backpainkb;
}
