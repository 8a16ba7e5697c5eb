package org.gcmkg.cli;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The log of the command line, set up in code (a Logback configurator found through {@code META-INF/services})
 * rather than read from a {@code logback.xml}: Logback's XML configuration loads an XML parser and several hundred
 * classes of its own, a tenth of a server's start-up.
 *
 * <p>Progress and timing go to stderr, so that stdout carries only results (export to -, query output). A
 * configuration file still wins: one named by {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or
 * {@code logback.xml} on the class path (the tests have theirs).
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    /** Levels by logger; the root logs warnings and errors only. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.gcmkg", Level.INFO,
            "org.apache.jena.fuseki", Level.INFO,
            // Fuseki's own NCSA line of each request repeats the server's request log (org.gcmkg.serve.requests), as
            // stock Fuseki's logging configuration also turns it off.
            "org.apache.jena.fuseki.Request", Level.OFF,
            "org.eclipse.jetty", Level.WARN,
            "org.apache.jena", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configurationFileGiven()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: one appender to stderr on the root logger, and the levels of {@link #LEVELS}. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static boolean configurationFileGiven() {
        ClassLoader loader = LogConfiguration.class.getClassLoader();
        return System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null
                || loader.getResource(ClassicConstants.AUTOCONFIG_FILE) != null;
    }
}
