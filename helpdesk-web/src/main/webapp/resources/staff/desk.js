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
