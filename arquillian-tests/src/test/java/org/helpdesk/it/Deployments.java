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
        settings.putAll(configuration);
        String properties = settings.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        return war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }

    public static WebArchive helpdesk() {
        return helpdesk(GENEROUS_LIMITS);
    }

    /**
     * The WAR with Payara's enforcement of {@code @RolesAllowed} on REST resources turned off, for tests that call
     * administrator endpoints. Payara enforces it by default, and until the security layer lands nobody can log in,
     * so every such call would be {@code 401}. Only the tests' copy is changed: the product still refuses them.
     * Remove this when the tests can log in as an administrator.
     */
    public static WebArchive helpdeskWithoutRoleChecks() {
        return helpdesk().addAsWebInfResource(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
                        "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                <glassfish-web-app>
                  <jaxrs-roles-allowed-enabled>false</jaxrs-roles-allowed-enabled>
                </glassfish-web-app>
                """), "glassfish-web.xml");
    }
}
