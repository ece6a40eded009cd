package org.helpdesk.interfaces.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpdesk.interfaces.json.JsonFactories;

/**
 * The properties of a received message, as its dead-letter copy carries them on. A JMS message can carry only
 * properties whose names are Java identifiers (and no selector keyword) and whose values are primitives or strings
 * (JMS 3.1, 3.5); other protocols are not so bound: a STOMP header such as {@code x-trace-id} or an AMQP
 * application property of any type arrives as a property all the same, and setting it again would throw. Those are
 * carried on as one JSON object in {@value HelpdeskJms#FOREIGN_PROPERTIES}, so that nothing the sender gave is lost
 * and nothing about it stops the message from being dead-lettered.
 */
final class CopiedProperties {

    /** Provider-set properties that a client may set (JMS 3.1, 3.5.9); the other {@code JMSX} ones are not copied. */
    private static final Set<String> SETTABLE_JMSX = Set.of("JMSXGroupID", "JMSXGroupSeq");
    private static final Set<String> SELECTOR_KEYWORDS = Set.of("NULL", "TRUE", "FALSE", "NOT", "AND", "OR",
            "BETWEEN", "LIKE", "IN", "IS", "ESCAPE");
    private static final Set<Class<?>> JMS_VALUE_TYPES = Set.of(Boolean.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, String.class);

    private final Map<String, Object> settable;
    private final JsonObject foreign;

    private CopiedProperties(Map<String, Object> settable, JsonObject foreign) {
        this.settable = settable;
        this.foreign = foreign;
    }

    static CopiedProperties of(Message message) throws JMSException {
        Map<String, Object> settable = new LinkedHashMap<>();
        JsonObjectBuilder foreign = JsonFactories.object();
        for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements();) {
            String name = (String) names.nextElement();
            if (name.startsWith("JMSX") && !SETTABLE_JMSX.contains(name)) {
                continue;
            }
            Object value = message.getObjectProperty(name);
            if (isPropertyName(name) && value != null && JMS_VALUE_TYPES.contains(value.getClass())) {
                settable.put(name, value);
            } else {
                add(foreign, name, value);
            }
        }
        return new CopiedProperties(settable, foreign.build());
    }

    /** Sets the properties on a message whose properties have been cleared. */
    void setOn(Message message) throws JMSException {
        for (Map.Entry<String, Object> property : settable.entrySet()) {
            message.setObjectProperty(property.getKey(), property.getValue());
        }
        if (!foreign.isEmpty()) {
            message.setStringProperty(HelpdeskJms.FOREIGN_PROPERTIES, foreign.toString());
        }
    }

    /** A JMS property name: a Java identifier, but not a selector keyword (JMS 3.1, 3.8.1.1). */
    static boolean isPropertyName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))
                || SELECTOR_KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Boolean bool) {
            json.add(name, bool);
        } else if (value instanceof Number number && !(value instanceof Float || value instanceof Double)) {
            json.add(name, number.longValue());
        } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            json.add(name, new BigDecimal(number.toString()));
        } else if (value instanceof byte[] bytes) {
            json.add(name, Base64.getEncoder().encodeToString(bytes));
        } else {
            json.add(name, value.toString());
        }
    }
}
