/**
 * Tools for the people who edit the rules: {@link org.backpainkb.authoring.RulesValidator} finds
 * every problem in a rules directory, and {@link org.backpainkb.authoring.ScenarioRunner} runs
 * scenario files (a case and what the rules must conclude about it) and reports which rules they
 * fired.
 */
package org.backpainkb.authoring;
