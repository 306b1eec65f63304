// A wide table scrolls sideways in its own box (.app-table-wrap). Keyboard users must be able to scroll it too
// (WCAG 2.1.1), so a box that overflows is made focusable, as a region named by its table's caption; one that
// fits is left out of the tab order. Checked on load, when the window is resized, when a <details> opens, and
// when the page changes (htmx swapping a table in, a chart script writing its table view).
(function () {
  function mark(root) {
    (root || document).querySelectorAll('.app-table-wrap').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', caption ? caption.textContent.trim() : 'Table, scrolls sideways');
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }
  var pending = false;
  function soon() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; mark(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    mark();
    new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  });
  window.addEventListener('resize', soon);
  document.addEventListener('toggle', soon, true);
})();
