/*
 * /help: tells the server the customer's time zone (an IANA name such as "Europe/Berlin"), so that a preferred
 * call-back time means the customer's local time, and shows it next to the time field. Without JavaScript the
 * field stays empty and a chosen time is refused with a message saying why.
 */
(function () {
    var zone = "";
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
        zone = "";
    }
    var field = document.getElementById("help:zone");
    if (field) {
        field.value = zone;
    }
    var name = document.getElementById("zoneName");
    if (name && zone) {
        name.textContent = ": " + zone;
    }
})();
