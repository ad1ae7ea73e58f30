// Shows a form field only while the field it depends on has the value it needs (form-js conditional.hide).
// Without JavaScript every field stays visible with its hint, and the server ignores the hidden ones.
function showConditionalFields(root) {
  root.querySelectorAll('[data-shown-when-key]').forEach(function (field) {
    var form = field.closest('form');
    if (!form) {
      return;
    }
    var update = function () {
      var chosen = Array.prototype.filter.call(form.elements, function (input) {
        return input.name === field.dataset.shownWhenKey
            && ((input.type !== 'radio' && input.type !== 'checkbox') || input.checked);
      }).map(function (input) { return input.value; });
      field.hidden = chosen.indexOf(field.dataset.shownWhenValue) < 0;
    };
    form.addEventListener('change', update);
    update();
  });
}
document.addEventListener('DOMContentLoaded', function () { showConditionalFields(document); });

// Times are stored and sent in UTC; the browser shows them in the user's own zone and language, and
// keeps the UTC text as a tooltip. Without JavaScript the UTC text stays.
function showLocalTimes(root) {
  var lang = document.documentElement.lang || 'en';
  var format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  root.querySelectorAll('time[datetime*="T"]:not([data-local])').forEach(function (time) {
    var at = new Date(time.getAttribute('datetime'));
    if (isNaN(at.getTime())) {
      return;
    }
    time.title = time.textContent;
    time.textContent = format.format(at);
    time.dataset.local = 'true';
  });
}
document.addEventListener('DOMContentLoaded', function () { showLocalTimes(document); });
document.addEventListener('htmx:afterSwap', function (event) {
  showLocalTimes(event.target);
  showConditionalFields(event.target);
});

// The portal's header on a phone: its links fold under "Menu". Without JavaScript they stay open.
function foldPortalMenu() {
  var menu = document.querySelector('.portal-menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 768px)');
  var fit = function () { menu.open = wide.matches; };
  fit();
  wide.addEventListener('change', fit);
}
document.addEventListener('DOMContentLoaded', foldPortalMenu);

// The staff header on a phone: its links fold under a menu button that says whether they are shown
// (aria-expanded); Escape folds them again. Without JavaScript the button stays hidden and the links shown.
function foldStaffMenu() {
  var button = document.getElementById('staff-menu-button');
  var menu = button && document.getElementById(button.getAttribute('aria-controls'));
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 768px)');
  var show = function (open) {
    button.setAttribute('aria-expanded', String(open));
    menu.hidden = !open;
  };
  var fit = function () {
    button.hidden = wide.matches;
    show(wide.matches);
  };
  button.addEventListener('click', function () { show(button.getAttribute('aria-expanded') !== 'true'); });
  button.parentElement.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !wide.matches && !menu.hidden) {
      show(false);
      button.focus();
    }
  });
  fit();
  wide.addEventListener('change', fit);
}
document.addEventListener('DOMContentLoaded', foldStaffMenu);
