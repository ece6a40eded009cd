package org.helpdesk.it;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real, packaged WAR as the tests deploy it: at the root context (as {@code ROOT.war}), with configuration
 * overrides of the test's own. The resource adapter is deployed before it by the post-boot command file that the
 * build writes next to the WAR.
 */
public final class Deployments {

    /** Limits high enough that tests submitting many requests from 127.0.0.1 are not throttled. */
    public static final Map<String, String> GENEROUS_LIMITS = Map.of(
            "helpdesk.rate.per-ip-per-minute", "100000",
            "helpdesk.rate.per-phone-per-hour", "100000");

    /** Every test deployment opens the account "admin" with this password (HELPDESK_ADMIN_PASSWORD). */
    public static final String ADMIN_PASSWORD = "it-admin-password";

    private Deployments() {
    }

    public static File deployDir() {
        return new File(System.getProperty("helpdesk.it.deployDir", "target/deploy"));
    }

    public static WebArchive helpdesk(Map<String, String> configuration) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(deployDir(), "helpdesk.war"))
                .as(WebArchive.class);
        Map<String, String> settings = new LinkedHashMap<>();
        // Above the application's own defaults, below environment variables and system properties.
        settings.put("config_ordinal", "250");
        settings.put("helpdesk.admin-password", ADMIN_PASSWORD);
        settings.putAll(configuration);
        String properties = settings.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        return war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }

    public static WebArchive helpdesk() {
        return helpdesk(GENEROUS_LIMITS);
    }
}
