// Shared by the agent desktop and the supervisor console.
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
