package org.helpdesk.customer;

import java.util.List;

/** One page of the customer list, and how many customers there are in all. */
public record CustomerPage(List<CustomerView> customers, long total, int offset, int limit) {
}
