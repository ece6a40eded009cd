package org.helpdesk.request;

import java.io.Serializable;

/** One refused customer-supplied value: the field as the channels name it, and why, in words a customer reads. */
public record Violation(String field, String reason) implements Serializable {
}
