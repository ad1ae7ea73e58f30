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
