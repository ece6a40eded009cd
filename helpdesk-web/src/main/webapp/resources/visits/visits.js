/*
 * Page context for Helpdesk's agents: tells Helpdesk which page this browser shows, so that an agent taking this
 * visitor's call sees it ("Reading now"). The visitor is a random id kept in this site's localStorage; Helpdesk links
 * it to a phone number only when the visitor asks for help with it (or the site reports their login).
 *
 * On the customer's own pages:
 *   <script src="https://helpdesk.example.com/resources/visits/visits.js" defer></script>
 * (their origin must be listed in HELPDESK_SITE_ORIGINS). window.helpdeskVisitorId() gives the id, e.g. to add
 * "visitor=<id>" to links to /help, so that a request from there identifies this visitor.
 *
 * On /help itself it also fills the form's hidden visitor field: the id the linking page passed, else this origin's.
 * Nothing here is essential: without storage or network the page works as before.
 */
(function () {
    var KEY = "helpdesk.visitorId";
    var script = document.currentScript;
    var helpdesk = script ? new URL(script.src, location.href).origin : location.origin;

    function randomId() {
        var bytes = new Uint8Array(18);
        crypto.getRandomValues(bytes);
        var text = "";
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function visitorId() {
        var id = null;
        try {
            id = localStorage.getItem(KEY);
            if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
                id = randomId();
                localStorage.setItem(KEY, id);
            }
        } catch (e) {
            id = id || randomId(); // storage blocked: a visitor for this page only
        }
        return id;
    }

    var id = visitorId();
    window.helpdeskVisitorId = function () {
        return id;
    };

    var page = location.href;
    var field = document.getElementById("help:visitorId");
    if (field) {
        if (!/^[A-Za-z0-9_-]{16,64}$/.test(field.value)) {
            field.value = id;
        }
        id = field.value;
        // /help's query carries the customer's number and name: the page's address without it is enough context
        page = location.origin + location.pathname;
    }

    try {
        fetch(helpdesk + "/api/visits", {
            method: "POST",
            headers: {"Content-Type": "application/json"},
            body: JSON.stringify({visitorId: id, url: page, title: document.title}),
            credentials: "omit",
            keepalive: true
        }).catch(function () {
            // a page view that does not arrive only leaves the agent without this page
        });
    } catch (e) {
        // very old browsers: no fetch, no page context
    }
})();
