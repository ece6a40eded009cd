package org.helpdesk.interfaces.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the customer's machine, for rate limits and abuse investigations. Behind a load balancer every
 * connection comes from the balancer, so its {@code X-Forwarded-For} header is believed, but only from the proxies
 * named in {@code helpdesk.trusted-proxies} ({@code HELPDESK_TRUSTED_PROXIES}): anyone else could write any address
 * there and escape the limits.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "helpdesk.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private Set<String> proxies;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies());
    }

    /**
     * Walks the forwarding chain from the nearest hop back and stops at the first address that is not a trusted
     * proxy: that is the client as far as anyone we trust has seen it.
     */
    static String resolve(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            client = hops[i].strip();
            if (!trusted.contains(client)) {
                break;
            }
        }
        return client.isEmpty() || client.length() > 64 ? remoteAddress : client;
    }

    private Set<String> proxies() {
        if (proxies == null) {
            proxies = Arrays.stream(trustedProxies.split(","))
                    .map(String::strip)
                    .filter(address -> !address.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return proxies;
    }
}
