/** The command line: {@code assess} case files, and the rule authors' tools. */
package org.backpainkb.cli;
