package org.helpdesk.request;

import java.io.Serializable;

/**
 * One refused customer-supplied value: the field as the channels name it, and why, in words a customer reads.
 *
 * @param reason a predicate of the field ("is in the past", "must be a string", "has no queue named x"), never a
 *     sentence of its own: every channel puts the field's name or label before it ("phone is required", "This number
 *     is required."), so a channel never has to guess from the words how to show them
 */
public record Violation(String field, String reason) implements Serializable {
}
