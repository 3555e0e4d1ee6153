/**
 * The Drools wiring: loading rule files, compiling them, running one evaluation and turning the
 * conclusions into an {@link org.backpainkb.Assessment}. Not an API: everything here may change
 * in any release, and no Drools type leaves this package.
 */
package org.backpainkb.internal;
