// Confirm routing: choosing the assistance type to change fills the lead and the contributors with that
// type's current routing (#routing-data). Without JavaScript the form starts from the first type's routing
// and the table above it shows every type's.
document.addEventListener('DOMContentLoaded', function () {
  var type = document.getElementById('task-overrideAssistanceType');
  var rows = document.querySelectorAll('#routing-data [data-type]');
  if (!type || rows.length === 0) {
    return;
  }
  type.addEventListener('change', function () {
    var row = Array.prototype.find.call(rows, function (r) { return r.dataset.type === type.value; });
    if (!row) {
      return;
    }
    var lead = document.getElementById('task-overrideLead');
    if (lead) {
      lead.value = row.dataset.lead;
    }
    var contributors = (row.dataset.contributors || '').split(' ').filter(Boolean);
    document.querySelectorAll('input[name=overrideContributors]').forEach(function (c) {
      c.checked = contributors.indexOf(c.value) >= 0;
    });
  });
});
