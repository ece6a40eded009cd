package org.helpdesk.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CustomerResourceTest {

    @Test
    void aLeadingPlusInTheLookUpQueryIsTheCallerIdsPlus() {
        assertEquals("+16502530000", CustomerResource.phoneParameter("+16502530000"));
        assertEquals("+16502530000", CustomerResource.phoneParameter("%2B16502530000"));
    }

    @Test
    void elsewhereTheQueryIsDecodedAsFormsEncodeIt() {
        assertEquals("(650) 253-0000", CustomerResource.phoneParameter("%28650%29+253-0000"));
        assertEquals("+1 650 253 0000", CustomerResource.phoneParameter("+1+650%20253+0000"));
    }
}
