package org.helpdesk.ratelimit;

/**
 * How many anonymous submissions (and page reports) we take before we suspect call bombing or toll fraud.
 *
 * @param perIpPerMinute submissions from one client address per minute (per server instance)
 * @param perPhonePerHour requests for one phone number per hour (all instances: counted in the database)
 * @param pageViewsPerIpPerMinute page views reported from one client address per minute (per server instance); a
 *     budget of its own, so that browsing never uses up a customer's help requests
 */
public record RateLimits(int perIpPerMinute, int perPhonePerHour, int pageViewsPerIpPerMinute) {
}
