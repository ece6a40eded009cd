package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.telephony.JtapiPeerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phones REGISTER as their terminal with digest authentication; calls then go to the registered contact. Nobody
 * learns which users exist, and guessing passwords does not pay.
 */
class RegistrationTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);
    private static final String GUESSER = "127.0.0.2";
    private static final String OTHER_GUESSER = "127.0.0.3";
    private static final String NEW_PLACE = "127.0.0.4";

    private final TestPorts ports = new TestPorts();
    private final Logger registrarLog = Logger.getLogger(Registrar.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord record) { logged.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };
    private SipProviderImpl provider;

    private void start(String extra) throws Exception {
        Sipp.requireInstalled();
        registrarLog.addHandler(capture);
        provider = (SipProviderImpl) JtapiPeerFactory.getJtapiPeer(null)
                .getProvider(ports.providerString(";terminal.agent1.password=s3cret;realm=helpdesk.test" + extra));
    }

    @AfterEach
    void stopProvider() {
        registrarLog.removeHandler(capture);
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** Plays a REGISTER scenario {@code times} times from {@code source} and expects every run to pass. */
    private void register(String source, String scenario, String user, String password, int times) throws Exception {
        try (Sipp phone = Sipp.registeringFrom(source, scenario, user, password, times, ports.caller,
                ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, phone.awaitExit(SIPP_EXIT), phone.describe());
        }
    }

    private List<String> warnings() {
        return logged.stream().filter(record -> record.getLevel() == Level.WARNING).map(LogRecord::getMessage)
                .toList();
    }

    @Test
    void registerWithTheRightPasswordIsAcceptedAndMovesTheTerminalToTheRegisteredContact() throws Exception {
        start("");
        try (Sipp phone = Sipp.registering("register-accepted.xml", "agent1", "s3cret", ports.caller,
                ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, phone.awaitExit(Duration.ofSeconds(20)), phone.describe());
        }
        assertEquals("sip:agent1@127.0.0.1:" + ports.caller, provider.terminalFor("agent1").uri());
    }

    @Test
    void registerWithAWrongPasswordIsRefusedAndTheTerminalKeepsItsConfiguredAddress() throws Exception {
        start("");
        try (Sipp phone = Sipp.registering("register-refused.xml", "agent1", "guess", ports.caller,
                ports.callerControl, ports.registerMedia, ports.provider)) {
            assertEquals(0, phone.awaitExit(Duration.ofSeconds(20)), phone.describe());
        }
        assertEquals("sip:agent1@127.0.0.1:" + ports.agent, provider.terminalFor("agent1").uri());
    }

    @Test
    void anUnknownUserIsChallengedLikeAKnownOneAndRefusedLikeAWrongPassword() throws Exception {
        start("");
        // register-refused.xml insists on 401 with a digest challenge, then 403: a 404 fails it
        register(GUESSER, "register-refused.xml", "ghost", "guess", 1);
        register(GUESSER, "register-refused.xml", "agent2", "guess", 1); // a terminal without a password
    }

    @Test
    void aSourceThatGuessesWrongIsRefusedUncheckedEvenWithTheRightPasswordWhileOthersRegister() throws Exception {
        start(";registerGuessesPerSource=3;registerGuessesPerUser=10;registerGuessWindow=3");
        register(GUESSER, "register-refused.xml", "agent1", "guess", 3);
        register(GUESSER, "register-refused.xml", "agent1", "s3cret", 1); // throttled: even the right one is refused
        register("127.0.0.1", "register-accepted.xml", "agent1", "s3cret", 1);

        assertEquals(1, warnings().size(), "one line when the source is throttled, none per guess: " + warnings());
        assertEquals(true, warnings().get(0).contains(GUESSER), warnings()::toString);
        await().atMost(Duration.ofSeconds(10)).until(() -> logged.stream()
                .anyMatch(record -> record.getMessage().contains(GUESSER) && record.getMessage().contains("again")));
        register(GUESSER, "register-accepted.xml", "agent1", "s3cret", 1); // checked again after the window
    }

    @Test
    void guessesForOneUserFromManySourcesThrottleTheUserButNotThePhoneWhereItLastRegistered() throws Exception {
        start(";registerGuessesPerSource=3;registerGuessesPerUser=4;registerGuessWindow=60");
        register("127.0.0.1", "register-accepted.xml", "agent1", "s3cret", 1);
        register(GUESSER, "register-refused.xml", "agent1", "guess", 2);
        register(OTHER_GUESSER, "register-refused.xml", "agent1", "guess", 2);

        register(NEW_PLACE, "register-refused.xml", "agent1", "s3cret", 1); // the user is throttled
        register("127.0.0.1", "register-accepted.xml", "agent1", "s3cret", 1); // where the phone registered before
        assertEquals(1, warnings().size(), warnings()::toString);
        assertEquals(true, warnings().get(0).contains("agent1"), warnings()::toString);
    }
}
