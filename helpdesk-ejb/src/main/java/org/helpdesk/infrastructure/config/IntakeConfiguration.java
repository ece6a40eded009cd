package org.helpdesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpdesk.customer.CustomerRules;
import org.helpdesk.intake.RateLimits;
import org.helpdesk.request.CallbackTimePolicy;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.PageUrlPolicy;
import org.helpdesk.request.PhoneNumberPolicy;

/**
 * Turns configuration (environment variables or MicroProfile Config properties; the README lists them) into the
 * intake rules. Read once: changing a rule means restarting the instance.
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

    @Produces
    IntakeRules intakeRules() {
        return new IntakeRules(
                new PhoneNumberPolicy(defaultRegion, list(allowedCountries)),
                new PageUrlPolicy(list(siteHosts)),
                new CallbackTimePolicy(Duration.ofDays(callbackHorizonDays)));
    }

    /**
     * The customer database reads numbers by the intake's phone rules: a number we would call is a number a
     * customer can be found by.
     */
    @Produces
    CustomerRules customerRules() {
        return new CustomerRules(new PhoneNumberPolicy(defaultRegion, list(allowedCountries)));
    }

    @Produces
    RateLimits rateLimits() {
        return new RateLimits(perIpPerMinute, perPhonePerHour);
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
