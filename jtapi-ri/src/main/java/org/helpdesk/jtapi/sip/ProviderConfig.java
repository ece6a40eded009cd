package org.helpdesk.jtapi.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.ProviderUnavailableException;

/**
 * The parsed provider string {@code SIP;key=value;key=value...}. Immutable. See README.md for every key.
 */
public final class ProviderConfig {
    public static final String SERVICE = "SIP";
    public static final String DEFAULT_ALERT_INFO = "<urn:alert:service:call-waiting>";

    private final String host;
    private final int port;
    private final String trunk;
    private final Map<String, String> terminals;
    private final List<String> routeAddresses;
    private final List<String> acdAddresses;
    private final Duration ringTimeout;
    private final Duration setupTimeout;
    private final Duration routeTimeout;
    private final String routeDefault;
    private final String alertInfo;
    private final String callerId;
    private final String transport;
    private final Map<String, String> passwords;
    private final String realm;
    private final String trunkUser;
    private final String trunkPassword;
    private final List<String> trustedPeers;
    private final int registerGuessesPerSource;
    private final int registerGuessesPerUser;
    private final Duration registerGuessWindow;

    private ProviderConfig(Map<String, String> keys, Map<String, String> terminals, Map<String, String> passwords) {
        String listen = require(keys, "listen");
        int colon = listen.lastIndexOf(':');
        if (colon < 1) {
            throw invalid("listen must be HOST:PORT, was " + listen);
        }
        this.host = listen.substring(0, colon);
        this.port = number(listen.substring(colon + 1), "listen");
        this.trunk = keys.get("trunk");
        this.terminals = Collections.unmodifiableMap(terminals);
        this.routeAddresses = list(keys.get("route"));
        this.acdAddresses = list(keys.get("acd"));
        this.ringTimeout = seconds(keys, "ringTimeout", 30);
        this.setupTimeout = seconds(keys, "setupTimeout", 8);
        this.routeTimeout = seconds(keys, "routeTimeout", 5);
        this.routeDefault = keys.getOrDefault("routeDefault", "busy");
        this.alertInfo = keys.getOrDefault("alertInfo", DEFAULT_ALERT_INFO);
        this.callerId = keys.getOrDefault("callerId", "helpdesk");
        this.transport = keys.getOrDefault("transport", "udp").toLowerCase();
        this.passwords = Collections.unmodifiableMap(passwords);
        this.realm = keys.getOrDefault("realm", "helpdesk");
        this.trunkUser = keys.get("trunk.user");
        this.trunkPassword = keys.get("trunk.password");
        this.trustedPeers = list(keys.get("trusted"));
        this.registerGuessesPerSource = positive(keys, "registerGuessesPerSource", 10);
        this.registerGuessesPerUser = positive(keys, "registerGuessesPerUser", 20);
        this.registerGuessWindow = seconds(keys, "registerGuessWindow", 60);
        if (registerGuessWindow.isNegative() || registerGuessWindow.isZero()) {
            throw invalid("registerGuessWindow must be more than 0 seconds");
        }
        if ((trunkUser == null) != (trunkPassword == null)) {
            throw invalid("trunk.user and trunk.password go together");
        }
        for (String name : passwords.keySet()) {
            if (!terminals.containsKey(name)) {
                throw invalid("password for unknown terminal " + name);
            }
        }
        if (!transport.equals("udp") && !transport.equals("tcp")) {
            throw invalid("transport must be udp or tcp, was " + transport);
        }
    }

    /** Parses {@code SIP;listen=HOST:PORT;...}; throws {@link ProviderUnavailableException} when it is not valid. */
    public static ProviderConfig parse(String providerString) {
        if (providerString == null) {
            throw invalid("provider string is null");
        }
        String[] parts = providerString.split(";");
        if (!parts[0].trim().equalsIgnoreCase(SERVICE)) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE,
                    "Unknown service " + parts[0] + ", this peer offers " + SERVICE);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> terminals = new LinkedHashMap<>();
        Map<String, String> passwords = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw invalid("expected key=value, was " + part);
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.startsWith("terminal.") && key.endsWith(".password")) {
                passwords.put(key.substring("terminal.".length(), key.length() - ".password".length()), value);
            } else if (key.startsWith("terminal.")) {
                terminals.put(key.substring("terminal.".length()), value);
            } else {
                keys.put(key, value);
            }
        }
        return new ProviderConfig(keys, terminals, passwords);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The SIP URI calls to numbers that are not terminals go to, or null. */
    public String trunk() {
        return trunk;
    }

    /** Terminal name to SIP URI; each terminal has an address of the same name. */
    public Map<String, String> terminals() {
        return terminals;
    }

    public List<String> routeAddresses() {
        return routeAddresses;
    }

    public List<String> acdAddresses() {
        return acdAddresses;
    }

    public Duration ringTimeout() {
        return ringTimeout;
    }

    public Duration setupTimeout() {
        return setupTimeout;
    }

    public Duration routeTimeout() {
        return routeTimeout;
    }

    /** Where inbound calls go when no route callback answers in time: an address name, or {@code busy}. */
    public String routeDefault() {
        return routeDefault;
    }

    public String alertInfo() {
        return alertInfo;
    }

    public String callerId() {
        return callerId;
    }

    public String transport() {
        return transport;
    }

    /** Terminal name to the password it REGISTERs with (digest authentication); terminals without one never do. */
    public Map<String, String> passwords() {
        return passwords;
    }

    /** The user name the provider answers 401/407 challenges with (trunk credentials), or null. */
    public String trunkUser() {
        return trunkUser;
    }

    public String trunkPassword() {
        return trunkPassword;
    }

    /**
     * Hosts (names or addresses) trusted besides the trunk's: their P-Asserted-Identity is believed and they may
     * call any of our addresses.
     */
    public List<String> trustedPeers() {
        return trustedPeers;
    }

    /**
     * Wrong REGISTER passwords one source address may send within {@link #registerGuessWindow()} before its
     * REGISTERs are refused unchecked for one window.
     */
    public int registerGuessesPerSource() {
        return registerGuessesPerSource;
    }

    /**
     * Wrong passwords for one user, from any sources, within {@link #registerGuessWindow()} before that user's
     * REGISTERs are refused unchecked for one window, except from where the phone last registered.
     */
    public int registerGuessesPerUser() {
        return registerGuessesPerUser;
    }

    public Duration registerGuessWindow() {
        return registerGuessWindow;
    }

    /** The digest realm of REGISTER challenges. */
    public String realm() {
        return realm;
    }

    private static String require(Map<String, String> keys, String key) {
        String value = keys.get(key);
        if (value == null || value.isEmpty()) {
            throw invalid("missing key " + key);
        }
        return value;
    }

    private static Duration seconds(Map<String, String> keys, String key, int fallback) {
        String value = keys.get(key);
        return value == null ? Duration.ofSeconds(fallback) : Duration.ofMillis(Math.round(1000 * decimal(value, key)));
    }

    private static double decimal(String value, String key) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(key + " must be a number, was " + value);
        }
    }

    private static int positive(Map<String, String> keys, String key, int fallback) {
        String value = keys.get(key);
        int parsed = value == null ? fallback : number(value, key);
        if (parsed < 1) {
            throw invalid(key + " must be at least 1, was " + value);
        }
        return parsed;
    }

    private static int number(String value, String key) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key + " must be a number, was " + value);
        }
    }

    private static List<String> list(String value) {
        List<String> names = new ArrayList<>();
        if (value != null) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return Collections.unmodifiableList(names);
    }

    private static ProviderUnavailableException invalid(String message) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, message);
    }
}
