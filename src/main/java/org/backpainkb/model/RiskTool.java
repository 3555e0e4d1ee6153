package org.backpainkb.model;

/** The screening tool a risk was stratified with. */
public enum RiskTool implements Code {
    /** The Keele STarT Back Screening Tool (&copy; Keele University; Hill et al. 2008). */
    STARTBACK
}
