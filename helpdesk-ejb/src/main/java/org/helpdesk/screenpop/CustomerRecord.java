package org.helpdesk.screenpop;

import java.io.Serializable;

/**
 * What the customer database knows about a caller, as the agent desktop shows it. Every value is text to be shown
 * escaped; any may be null.
 *
 * @param name the customer's name on record (not the name typed into the help form)
 * @param account the customer's account number or reference
 * @param tier the service level, e.g. "Gold"
 * @param notes what colleagues noted about the customer
 */
public record CustomerRecord(String name, String account, String tier, String notes) implements Serializable {
}
