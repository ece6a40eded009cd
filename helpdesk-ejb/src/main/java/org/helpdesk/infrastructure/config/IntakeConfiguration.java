package org.helpdesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpdesk.customer.CustomerRules;
import org.helpdesk.ratelimit.RateLimits;
import org.helpdesk.request.CallbackTimePolicy;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.NumberKind;
import org.helpdesk.request.PageUrlPolicy;
import org.helpdesk.request.PhoneNumberPolicy;
import org.helpdesk.visit.VisitRules;
import org.helpdesk.visit.VisitSettings;

/**
 * Turns configuration (environment variables or MicroProfile Config properties; the README lists them) into the
 * intake rules, the rate limits and the visit settings. Read once: changing a rule means restarting the instance.
 */
@ApplicationScoped
public class IntakeConfiguration {

    @Inject
    @ConfigProperty(name = "helpdesk.default-region", defaultValue = "US")
    String defaultRegion;

    /** Empty means: the default region only. */
    @Inject
    @ConfigProperty(name = "helpdesk.allowed-countries", defaultValue = " ")
    String allowedCountries;

    /** The kinds of number we call ({@link NumberKind} names); premium-rate and shared-cost never. */
    @Inject
    @ConfigProperty(name = "helpdesk.phone-types", defaultValue = "FIXED_LINE,MOBILE")
    String phoneTypes;

    /** Empty means: pages of any host. */
    @Inject
    @ConfigProperty(name = "helpdesk.site-hosts", defaultValue = " ")
    String siteHosts;

    @Inject
    @ConfigProperty(name = "helpdesk.callback-horizon-days", defaultValue = "30")
    int callbackHorizonDays;

    @Inject
    @ConfigProperty(name = "helpdesk.rate.per-ip-per-minute", defaultValue = "5")
    int perIpPerMinute;

    @Inject
    @ConfigProperty(name = "helpdesk.rate.per-phone-per-hour", defaultValue = "3")
    int perPhonePerHour;

    @Inject
    @ConfigProperty(name = "helpdesk.rate.page-views-per-ip-per-minute", defaultValue = "60")
    int pageViewsPerIpPerMinute;

    /** Minutes; fractions allowed (0.5 is half a minute). */
    @Inject
    @ConfigProperty(name = "helpdesk.visit.recent-minutes", defaultValue = "5")
    double visitRecentMinutes;

    @Inject
    @ConfigProperty(name = "helpdesk.visit.retention-hours", defaultValue = "24")
    int visitRetentionHours;

    /**
     * Reads the rules once at start-up, so that a mistyped key (an unknown region or kind of number) stops the
     * deployment with its reason instead of failing every request.
     */
    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        intakeRules();
    }

    @Produces
    IntakeRules intakeRules() {
        return new IntakeRules(
                phoneNumbers(),
                new PageUrlPolicy(list(siteHosts)),
                new CallbackTimePolicy(Duration.ofDays(callbackHorizonDays)));
    }

    /**
     * The customer database reads numbers by the intake's phone rules: a number we would call is a number a
     * customer can be found by.
     */
    @Produces
    CustomerRules customerRules() {
        return new CustomerRules(phoneNumbers());
    }

    @Produces
    RateLimits rateLimits() {
        return new RateLimits(perIpPerMinute, perPhonePerHour, pageViewsPerIpPerMinute);
    }

    /** Page reports follow the help request's page rules (site hosts) and numbers its phone rules. */
    @Produces
    VisitRules visitRules() {
        return new VisitRules(new PageUrlPolicy(list(siteHosts)), phoneNumbers());
    }

    /** One rule for every number we read: help requests, call-backs, customers, visitors, callers. */
    private PhoneNumberPolicy phoneNumbers() {
        Set<NumberKind> kinds;
        try {
            kinds = NumberKind.parse(phoneTypes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("helpdesk.phone-types (HELPDESK_PHONE_TYPES): " + e.getMessage(), e);
        }
        return new PhoneNumberPolicy(defaultRegion, list(allowedCountries), kinds);
    }

    @Produces
    VisitSettings visitSettings() {
        return new VisitSettings(Duration.ofMillis(Math.round(visitRecentMinutes * 60_000)),
                Duration.ofHours(visitRetentionHours));
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    private static Set<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .collect(Collectors.toSet());
    }
}
