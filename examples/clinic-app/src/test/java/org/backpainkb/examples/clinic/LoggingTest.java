package org.backpainkb.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.backpainkb.model.Case;
import org.backpainkb.model.RedFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The app and the library log through SLF4J to Logback, configured by the app's logback.xml. */
class LoggingTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger followUpLogger;

    @BeforeEach
    void listen() {
        followUpLogger = (Logger) LoggerFactory.getLogger(FollowUp.class);
        appender.start();
        followUpLogger.addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        followUpLogger.detachAppender(appender);
    }

    @Test
    void logback_is_the_backend_and_quiets_drools_to_warnings() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger("org.drools").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.kie").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.drools.compiler").isDebugEnabled()).isFalse();
    }

    @Test
    void a_red_flag_during_follow_up_is_logged_as_a_warning() {
        Clinic clinic = Clinic.withBundledRules();
        try (FollowUp patient = clinic.follow(Case.builder().id("p-7").build())) {
            patient.reportRedFlag(RedFlag.BLADDER_DYSFUNCTION);
            patient.endOfWeek();
        }

        assertThat(appender.list)
                .filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("p-7: referral NONE -> EMERGENCY (red flags [BLADDER_DYSFUNCTION]): call the patient today");
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("p-7: new advice seek-emergency-care-today: Stop exercising and get emergency"
                                + " medical care today"))
                .endsWith("p-7: follow-up closed");
    }
}
