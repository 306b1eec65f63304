// The NHS.UK frontend's behaviour (the header's "More" menu, the skip link, error summaries, buttons): the
// design system's template sets these classes with an inline script, which the Content-Security-Policy refuses,
// so this module sets them and starts every component.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
