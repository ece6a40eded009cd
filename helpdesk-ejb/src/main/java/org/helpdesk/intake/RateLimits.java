package org.helpdesk.intake;

/**
 * How many anonymous submissions we take before we suspect call bombing or toll fraud.
 *
 * @param perIpPerMinute submissions from one client address per minute (per server instance)
 * @param perPhonePerHour requests for one phone number per hour (all instances: counted in the database)
 */
public record RateLimits(int perIpPerMinute, int perPhonePerHour) {
}
