package org.helpdesk.interfaces.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.screenpop.CurrentPage;
import org.helpdesk.screenpop.CustomerRecord;
import org.helpdesk.screenpop.PoppedRequest;
import org.helpdesk.screenpop.ScreenPop;

/**
 * The JSON shape of a screen-pop: the answer of {@code POST /api/agents/{login}/assignments} and the data of the
 * "screen-pop" events. Values are the customer's text as given: a client that shows them must escape them.
 * {@code verified} false: the number is an unverified caller ID, and nothing was looked up by it.
 */
final class ScreenPopJson {

    private ScreenPopJson() {
    }

    static JsonObject of(ScreenPop pop) {
        PoppedRequest request = pop.request();
        JsonObjectBuilder requestJson = JsonFactories.object()
                .add("id", request.id())
                .add("phone", request.phone())
                .add("queue", request.queue())
                .add("createdAt", request.createdAt().toString())
                .add("attempts", request.attempts());
        AgentJson.nullable(requestJson, "name", request.customerName());
        AgentJson.nullable(requestJson, "pageTitle", request.pageTitle());
        AgentJson.nullable(requestJson, "pageUrl", request.pageUrl());
        AgentJson.nullable(requestJson, "note", request.note());
        AgentJson.nullable(requestJson, "preferredTime", request.preferredTime());
        JsonArrayBuilder past = JsonFactories.array();
        pop.pastRequests().forEach(earlier -> {
            JsonObjectBuilder line = JsonFactories.object()
                    .add("id", earlier.id())
                    .add("createdAt", earlier.createdAt().toString())
                    .add("status", earlier.status())
                    .add("queue", earlier.queue());
            AgentJson.nullable(line, "pageTitle", earlier.pageTitle());
            past.add(line);
        });
        JsonObjectBuilder json = JsonFactories.object()
                .add("agent", pop.agent())
                .add("assignedAt", pop.assignedAt().toString())
                .add("request", requestJson)
                .add("verified", pop.verified())
                .add("pastRequests", past);
        if (pop.customer() == null) {
            json.addNull("customer");
        } else {
            json.add("customer", customer(pop.customer()));
        }
        if (pop.readingNow() == null) {
            json.addNull("readingNow");
        } else {
            json.add("readingNow", page(pop.readingNow()));
        }
        return json.build();
    }

    private static JsonObjectBuilder page(CurrentPage page) {
        JsonObjectBuilder json = JsonFactories.object().add("url", page.url());
        AgentJson.nullable(json, "title", page.title());
        return json.add("seenAt", page.seenAt().toString());
    }

    private static JsonObjectBuilder customer(CustomerRecord record) {
        JsonObjectBuilder json = JsonFactories.object();
        AgentJson.nullable(json, "name", record.name());
        AgentJson.nullable(json, "account", record.account());
        AgentJson.nullable(json, "tier", record.tier());
        AgentJson.nullable(json, "notes", record.notes());
        return json;
    }
}
