// The supervisor console. The server pushes the word "refresh" on the "console" web socket when what the console
// shows changed; the tables are then fetched by the Faces ajax request refreshConsole() (an h:commandScript), so no
// value from the server is ever turned into markup here. body[data-push] says whether the socket is open (the browser
// tests wait for it).
window.consolePush = {
    opened: function () {
        document.body.dataset.push = "open";
    },
    // A socket that closes while the page stays open (the session ended, the server went away) gets one refresh:
    // if the session is over, its answer sends the browser to the login page, saying the session expired.
    closed: function () {
        document.body.dataset.push = "closed";
        if (typeof window.refreshConsole === "function") {
            window.refreshConsole();
        }
    },
    received: function (message) {
        if (message === "refresh" && typeof window.refreshConsole === "function") {
            window.refreshConsole();
        }
    }
};
