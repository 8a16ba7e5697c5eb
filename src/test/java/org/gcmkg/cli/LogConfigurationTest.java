package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogConfigurationTest {
    @Test
    void stderrWithTheProjectsLevels() {
        LoggerContext context = new LoggerContext();
        LogConfiguration.apply(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            appenders.add(it.next());
        }
        assertEquals(1, appenders.size());
        ConsoleAppender<ILoggingEvent> stderr = (ConsoleAppender<ILoggingEvent>) appenders.get(0);
        assertEquals("System.err", stderr.getTarget());
        assertTrue(stderr.isStarted());
        assertEquals(
                "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n",
                ((PatternLayoutEncoder) stderr.getEncoder()).getPattern());

        assertEquals(Level.WARN, root.getLevel());
        // What each logger then logs: the project's progress, Fuseki's queries, no Fuseki request line (the server
        // logs its own), warnings only from the rest of Jena, Jetty and the other libraries.
        assertEquals(Level.INFO, context.getLogger("org.gcmkg.store.GraphStore").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.gcmkg.serve.requests").getEffectiveLevel());
        assertEquals(
                Level.INFO, context.getLogger("org.apache.jena.fuseki.Fuseki").getEffectiveLevel());
        assertEquals(
                Level.OFF, context.getLogger("org.apache.jena.fuseki.Request").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("org.apache.jena.riot").getEffectiveLevel());
        assertEquals(
                Level.WARN, context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("org.apache.lucene").getEffectiveLevel());
    }

    @Test
    void aConfigurationFileOnTheClassPathWins() {
        // The tests' logback-test.xml is on the class path: Logback goes on to read it.
        LoggerContext context = new LoggerContext();
        LogConfiguration configuration = new LogConfiguration();
        configuration.setContext(context);
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configuration.configure(context));
        assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders()
                .hasNext());
    }
}
