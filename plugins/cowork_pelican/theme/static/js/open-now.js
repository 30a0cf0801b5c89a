/* Home page: "open now", or when the space opens next, from the week's hours and the closures
   (data-schedule, written by the build) and the time it is now in the space's time zone, so the
   line stays true between builds. The words come from the page (data-* attributes, in the site's
   language). Without scripts the line is not shown (site.css): the table says the week. */
(function () {
  "use strict";

  var box = document.querySelector("[data-open-now]");
  if (!box) {
    return;
  }
  var data = JSON.parse(box.getAttribute("data-schedule"));
  var DAY = 86400000;
  var LOOK_AHEAD = 400;

  // The date and time it is now where the space is, whatever the reader's own zone.
  var parts = {};
  new Intl.DateTimeFormat("en-US", {
    timeZone: data.zone, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  }).formatToParts(new Date()).forEach(function (part) {
    parts[part.type] = Number(part.value);
  });
  // Days are counted as UTC midnights: adding DAY never meets a daylight-saving change.
  var today = Date.UTC(parts.year, parts.month - 1, parts.day);
  var minutes = (parts.hour % 24) * 60 + parts.minute;

  function isoDay(time) {
    return new Date(time).toISOString().slice(0, 10);
  }
  function weekday(time) {
    return (new Date(time).getUTCDay() + 6) % 7; // Monday is 0, as in space.yaml
  }
  function closureOn(time) {
    var day = isoDay(time);
    for (var i = 0; i < data.closures.length; i += 1) {
      if (data.closures[i][0] <= day && day <= data.closures[i][1]) {
        return data.closures[i];
      }
    }
    return null;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return name in values ? values[name] : whole;
    });
  }
  // Within a week, the day's name as the table writes it; further, with its date.
  function dayName(offset, time) {
    var row = document.querySelector('[data-weekday="' + weekday(time) + '"] th');
    if (offset < 7 && row) {
      return row.textContent.trim();
    }
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      weekday: "long", day: "numeric", month: "long", timeZone: "UTC"
    }).format(new Date(time));
  }

  // When the space opens next after today: "Opens tomorrow at 08:30.", or null.
  function nextOpening() {
    for (var offset = 1; offset < LOOK_AHEAD; offset += 1) {
      var time = today + offset * DAY;
      var ranges = closureOn(time) ? [] : data.week[weekday(time)];
      if (ranges.length) {
        var at = ranges[0][2];
        if (offset === 1) {
          return fill(box.dataset.opensTomorrow, { time: at });
        }
        return fill(box.dataset.opensLater, { day: dayName(offset, time), time: at });
      }
    }
    return null;
  }

  function status() {
    var closure = closureOn(today);
    if (!closure) {
      var ranges = data.week[weekday(today)];
      for (var i = 0; i < ranges.length; i += 1) {
        if (ranges[i][0] <= minutes && minutes < ranges[i][1]) {
          return fill(box.dataset.open, { time: ranges[i][3] });
        }
        if (minutes < ranges[i][0]) {
          return box.dataset.closedNow + " " + fill(box.dataset.opensToday, { time: ranges[i][2] });
        }
      }
    }
    var said = !closure ? box.dataset.closedNow
      : closure[2] ? fill(box.dataset.closure, { label: closure[2] })
      : box.dataset.closureUnnamed;
    return said + " " + (nextOpening() || box.dataset.closed);
  }

  box.textContent = status();
  var row = document.querySelector('[data-weekday="' + weekday(today) + '"]');
  if (row) {
    row.setAttribute("aria-current", "date");
  }
})();
