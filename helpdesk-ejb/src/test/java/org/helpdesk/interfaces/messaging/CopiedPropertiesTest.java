package org.helpdesk.interfaces.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which received properties a dead letter can carry as JMS properties (the rest go into one JSON property). */
class CopiedPropertiesTest {

    @Test
    void javaIdentifiersAreJmsPropertyNames() {
        assertTrue(CopiedProperties.isPropertyName("traceId"));
        assertTrue(CopiedProperties.isPropertyName("_AMQ_ORIG_ADDRESS"));
        assertTrue(CopiedProperties.isPropertyName("JMSXGroupID"));
        assertTrue(CopiedProperties.isPropertyName("Übersetzung"));
    }

    @Test
    void stompHeaderNamesAreNot() {
        assertFalse(CopiedProperties.isPropertyName("x-trace-id"));
        assertFalse(CopiedProperties.isPropertyName("destination-type"));
        assertFalse(CopiedProperties.isPropertyName("content-type"));
        assertFalse(CopiedProperties.isPropertyName("1st"));
        assertFalse(CopiedProperties.isPropertyName(""));
    }

    @Test
    void selectorKeywordsAreNotInAnyCase() {
        assertFalse(CopiedProperties.isPropertyName("NULL"));
        assertFalse(CopiedProperties.isPropertyName("between"));
        assertFalse(CopiedProperties.isPropertyName("Escape"));
    }
}
