// The time-in-state clock counts on in the browser between server updates: the server says how many seconds the
// state had lasted when the page (or the state form) was rendered, and the browser adds the seconds since.
(function () {
    "use strict";
    let rendered = null;
    let base = 0;
    setInterval(function () {
        const clock = document.getElementById("time-in-state");
        if (!clock) {
            return;
        }
        if (clock !== rendered) {
            rendered = clock;
            base = Date.now() - 1000 * Number(clock.dataset.seconds || 0);
        }
        const seconds = Math.floor((Date.now() - base) / 1000);
        const minutes = Math.floor(seconds / 60);
        clock.textContent = minutes > 0 ? minutes + " min " + (seconds % 60) + " s" : seconds + " s";
    }, 1000);
}());
