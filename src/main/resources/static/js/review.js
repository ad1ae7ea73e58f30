// The findings page: a save refused with 400 comes back as the provision's block with the errors next
// to its fields, so htmx swaps it in like a success (by default htmx drops error responses).
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 400 && event.detail.target.classList.contains('provision')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// Any other refusal (the request closed meanwhile, a finding no longer theirs to record): the form is
// sent again without htmx, so that the page that comes back says what happened.
document.addEventListener('htmx:responseError', function (event) {
  var form = event.detail.elt;
  if (form.tagName === 'FORM' && form.closest('.provision')) {
    form.submit();
  }
});
