// Clocks count on in the browser between server updates: the server says how many seconds had passed (data-clock-up:
// the time in a state, the talk time) or were left (data-clock-down: the wrap-up) when it rendered the element, and
// the browser adds or takes off the seconds since. A re-rendered element is a new element, and starts afresh.
(function () {
    "use strict";
    const bases = new WeakMap();
    function show(clock, seconds) {
        const minutes = Math.floor(seconds / 60);
        clock.textContent = minutes > 0 ? minutes + " min " + (seconds % 60) + " s" : seconds + " s";
    }
    function tick() {
        document.querySelectorAll("[data-clock-up], [data-clock-down]").forEach(function (clock) {
            const down = clock.hasAttribute("data-clock-down");
            if (!bases.has(clock)) {
                const rendered = Number(down ? clock.dataset.clockDown : clock.dataset.clockUp) || 0;
                bases.set(clock, Date.now() + (down ? 1000 : -1000) * rendered);
            }
            const elapsed = Math.floor((Date.now() - bases.get(clock)) / 1000);
            show(clock, down ? Math.max(0, -elapsed) : elapsed);
        });
    }
    setInterval(tick, 1000);
}());

// The screen-pop. The server pushes the word "screen-pop" on the "desk" web socket; the panel is then fetched by the
// Faces ajax request refreshScreenPop() (an h:commandScript), so no value from the server is ever turned into markup
// here. body[data-push] says whether the socket is open (the browser tests wait for it).
window.deskPush = {
    opened: function () {
        document.body.dataset.push = "open";
    },
    closed: function () {
        document.body.dataset.push = "closed";
    },
    received: function (message) {
        if (message === "screen-pop" && typeof window.refreshScreenPop === "function") {
            window.refreshScreenPop();
        } else if (message === "state" && typeof window.refreshState === "function") {
            window.refreshState();
        } else if (message === "call" && typeof window.refreshCall === "function") {
            window.refreshCall();
        }
    },
    // The wrap-up's call-back time is typed on the agent's clock: tell the server which clock that is.
    fillZone: function (form) {
        const zone = form.querySelector("input[type=hidden][id$=':zone']");
        if (zone) {
            zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
        }
        return true;
    }
};

// "Open the customer's page": a new tab that cannot reach back into the desktop (noopener) and learns nothing of it
// (noreferrer). The server shows only http(s) addresses; checked again here all the same.
document.addEventListener("click", function (event) {
    const button = event.target.closest ? event.target.closest("button.open-page") : null;
    if (!button) {
        return;
    }
    const url = button.dataset.url || "";
    if (/^https?:\/\//i.test(url)) {
        window.open(url, "_blank", "noopener,noreferrer");
    }
});
