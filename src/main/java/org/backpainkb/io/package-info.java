/**
 * Case files in and results out: reads the JSON or YAML case format onto the fact model,
 * refusing bad input with the field's path, and writes assessments as JSON.
 */
package org.backpainkb.io;
