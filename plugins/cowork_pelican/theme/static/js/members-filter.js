/* Member directory: filter the cards as you type or pick a skill.
   Progressive enhancement: without scripts the filter is not shown (site.css), and the skill
   links lead to one page per skill. No framework, no network, no storage. */
(function () {
  "use strict";

  var filter = document.querySelector("[data-member-filter]");
  if (!filter) {
    return;
  }
  var search = filter.querySelector("input[type=search]");
  var select = filter.querySelector("select");
  var status = filter.querySelector("[data-member-count]");
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-member-card]"));
  var pending = null;

  // Accents and case do not matter: "video" finds "Vidéo".
  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var entries = cards.map(function (card) {
    return {
      card: card,
      text: normalise(card.textContent),
      skills: (card.getAttribute("data-skills") || "").split(" ")
    };
  });

  function announce(shown) {
    var template = shown === 0 ? status.dataset.zero : shown === 1 ? status.dataset.one : status.dataset.many;
    status.textContent = template.replace("{count}", String(shown));
  }

  function apply() {
    var words = normalise(search.value).split(/\s+/).filter(Boolean);
    var skill = select.value;
    var shown = 0;
    entries.forEach(function (entry) {
      var matches = (!skill || entry.skills.indexOf(skill) !== -1) &&
        words.every(function (word) { return entry.text.indexOf(word) !== -1; });
      entry.card.hidden = !matches;
      if (matches) {
        shown += 1;
      }
    });
    // The count is read out once typing pauses, not at every key.
    window.clearTimeout(pending);
    pending = window.setTimeout(function () { announce(shown); }, 250);
  }

  search.addEventListener("input", apply);
  select.addEventListener("change", apply);
  // The browser may restore field values when coming back to the page.
  if (search.value || select.value) {
    apply();
  }
})();
