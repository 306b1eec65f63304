// Behaviour the pages used to write inline (which the Content-Security-Policy refuses):
// forms that only drive a chart (data-no-submit) and forms that ask before they act (data-confirm).
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.hasAttribute('data-no-submit')) { e.preventDefault(); return; }
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) e.preventDefault();
  });
})();
